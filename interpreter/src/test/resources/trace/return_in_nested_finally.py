def main():
    try:
        try:
            return 'inner'
        finally:
            a = 1
    finally:
        b = 2

def main():
    try:
        return 'body'
    finally:
        y = 1

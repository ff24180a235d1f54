def main():
    try:
        return 1
    finally:
        return 2

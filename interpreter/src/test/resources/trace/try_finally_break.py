def main():
    for i in range(3):
        try:
            break
        finally:
            j = i
    return j

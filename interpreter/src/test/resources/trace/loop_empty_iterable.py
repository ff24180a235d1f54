def main():
    for i in []:
        x = i
    return 'done'

def main():
    try:
        raise ValueError('v')
    except ValueError as e:
        msg = str(e)
    return msg

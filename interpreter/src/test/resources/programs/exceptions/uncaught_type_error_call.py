# Uncaught TypeError from a bad call inside a method: message with the qualified name.


class Server:
    def start(self, port, *, debug=False):
        return port


def main():
    s = Server()
    s.start(8080)
    s.start(8080, True)


main()

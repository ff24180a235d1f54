"""A first sample: the launcher parses it today and will run it once the VM lands."""


def greet(name: str, *, excited: bool = False) -> str:
    mark = "!" if excited else "."
    return f"Hello, {name}{mark}"


if __name__ == "__main__":
    for who in ["Taipan", "world"]:
        print(greet(who, excited=who == "world"))

# asyncio.subprocess and StreamReader: child processes with piped stdin/stdout/stderr.
import asyncio
from asyncio import subprocess as asp


async def main():
    p = await asyncio.create_subprocess_exec(
        "sh", "-c", "read x; echo got $x; echo oops >&2; exit 3",
        stdin=asp.PIPE, stdout=asp.PIPE, stderr=asp.PIPE)
    out, err = await p.communicate(b"hello\n")
    print(out, err, p.returncode, repr(p) == f"<Process {p.pid}>")
    p = await asyncio.create_subprocess_shell('printf "a\\nb\\nc"', stdout=asp.PIPE)
    print([line async for line in p.stdout], await p.wait(), p.returncode)
    p = await asyncio.create_subprocess_exec(
        "sh", "-c", "echo one; echo two >&2", stdout=asp.PIPE, stderr=asp.STDOUT)
    print(await p.stdout.readline(), await p.stdout.readexactly(3), await p.stdout.read(),
          await p.wait(), p.stderr)
    p = await asyncio.create_subprocess_exec("cat", stdin=asp.PIPE, stdout=asp.PIPE)
    p.stdin.write(b"written ")
    p.stdin.writelines([b"in ", b"pieces\n"])
    await p.stdin.drain()
    p.stdin.close()
    await p.stdin.wait_closed()
    print(await p.communicate(), p.stdin.is_closing())
    p = await asyncio.create_subprocess_exec("sleep", "5")
    p.kill()
    print("killed:", await p.wait())
    p = await asyncio.create_subprocess_exec("true", stdout=asp.DEVNULL)
    print(await p.communicate(), p.returncode)
    for bad in ({"text": True}, {"encoding": "utf-8"}, {"bufsize": 1}):
        try:
            await asyncio.create_subprocess_exec("true", **bad)
        except ValueError as exc:
            print("ValueError:", exc)

    r = asyncio.StreamReader()
    r.feed_data(b"abc\ndef")
    r.feed_eof()
    print(await r.readuntil(b"\n"), r.at_eof())
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as exc:
        print(repr(exc), exc.partial, exc.expected)
    print(r.at_eof(), await r.read(), await r.readline())
    r = asyncio.StreamReader()
    async def later():
        await asyncio.sleep(0)
        r.feed_data(b"x|y|")
        await asyncio.sleep(0)
        r.feed_data(b"z")
        r.feed_eof()
    asyncio.create_task(later())
    print(await r.readuntil(b"|"), await r.read(1), await r.read(), await r.read(5))
    try:
        await asyncio.StreamReader().readuntil(b"")
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        await asyncio.StreamReader().readexactly(-1)
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())

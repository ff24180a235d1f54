# finalize at exit: newest first, atexit=False skipped, one made while exiting still runs,
# detach, peek and calling by hand
import weakref


class Obj:
    pass


keep = [Obj(), Obj()]


def later(tag):
    print('exit finalizer', tag)
    if tag == 'first':
        weakref.finalize(keep[1], print, 'made while exiting')


weakref.finalize(keep[0], later, 'first')
weakref.finalize(keep[0], later, 'second')
quiet = weakref.finalize(keep[0], later, 'quiet')
quiet.atexit = False
print(quiet.atexit, quiet.alive)
gone = weakref.finalize(keep[1], later, 'detached')
print(gone.peek()[2], gone.detach()[2], gone.alive, gone.detach(), gone.peek())
done = weakref.finalize(keep[1], lambda: 'ran')
print(done(), done(), done.alive, done.atexit)

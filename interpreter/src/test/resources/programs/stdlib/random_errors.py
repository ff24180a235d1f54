# Error types and messages of the random module.
import random
import warnings

r = random.Random(3)


def attempt(label, f, *args, **kw):
    try:
        print(label, "->", f(*args, **kw))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("randrange(5, 5)", r.randrange, 5, 5)
attempt("randrange(0)", r.randrange, 0)
attempt("randrange(-3)", r.randrange, -3)
attempt("randrange(10, 1)", r.randrange, 10, 1)
attempt("randrange(1, 10, 0)", r.randrange, 1, 10, 0)
attempt("randrange(1, 10, -1)", r.randrange, 1, 10, -1)
attempt("randrange(1, 2.5)", r.randrange, 1, 2.5)
attempt("randrange(1.5)", r.randrange, 1.5)
attempt("randrange(10, step=2)", r.randrange, 10, None, 2)
attempt("randrange('a')", r.randrange, "a")
attempt("randint(3, 1)", r.randint, 3, 1)
attempt("choice([])", r.choice, [])
attempt("choice('')", r.choice, "")
attempt("sample(set)", r.sample, {1, 2, 3}, 2)
attempt("sample too many", r.sample, [1, 2], 3)
attempt("sample negative", r.sample, [1, 2], -1)
attempt("sample counts len", r.sample, "ab", 1, counts=[1])
attempt("sample counts zero", r.sample, "ab", 1, counts=[0, 0])
attempt("sample counts float", r.sample, "ab", 1, counts=[1.0, 2.0])
attempt("choices both", r.choices, "ab", [1, 2], cum_weights=[1, 2])
attempt("choices weights len", r.choices, "ab", [1])
attempt("choices k positional", r.choices, "ab", 3)
attempt("choices zero total", r.choices, "ab", [0, 0])
attempt("choices inf", r.choices, "ab", [1, float("inf")])
attempt("choices empty", r.choices, [], k=2)
attempt("getrandbits(-1)", r.getrandbits, -1)
attempt("getrandbits(1.0)", r.getrandbits, 1.0)
attempt("seed(list)", r.seed, [1, 2])
attempt("seed(dict)", r.seed, {})
attempt("setstate version", r.setstate, (9, (), None))
attempt("setstate short", r.setstate, (3, (1, 2, 3), None))
attempt("setstate index", r.setstate, (3, (0,) * 624 + (700,), None))
attempt("setstate type", r.setstate, (3, [0] * 625, None))
attempt("expovariate(0)", r.expovariate, 0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("randrange(4.0)", r.randrange(4.0))
    print("randrange(0, 10, 2.0)", r.randrange(0, 10, 2.0))
    print([str(w.message) for w in caught])
    print([w.category.__name__ for w in caught])

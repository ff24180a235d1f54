# math: CPython's domain and range errors and argument errors.
import math

cases = ['math.sqrt(-1)', 'math.log(0)', 'math.log(-5)', 'math.log(0.0)', 'math.log(1, 1)',
         'math.log(10, 0)', 'math.log10(-1)', 'math.log2(0)', 'math.log(-(10 ** 400))',
         'math.acos(2)', 'math.asin(-1.5)', 'math.acosh(0)', 'math.atanh(1)', 'math.log1p(-1)',
         'math.exp(1000)', 'math.cosh(1000)', 'math.sinh(-1000)', 'math.exp2(2000)',
         'math.gamma(0)', 'math.gamma(-2)', 'math.gamma(200)', 'math.lgamma(0)', 'math.lgamma(-3)',
         'math.sin(math.inf)', 'math.cos(-math.inf)', 'math.tan(math.inf)',
         'math.pow(0, -1)', 'math.pow(-8, 1/3)', 'math.pow(10, 400)', 'math.pow(0.0, -math.inf)',
         'math.floor(math.inf)', 'math.ceil(math.nan)', 'math.floor("a")', 'math.trunc("a")',
         'math.sqrt()', 'math.sqrt(1, 2)', 'math.sqrt("x")', 'math.sqrt(None)', 'math.sqrt(x=1)',
         'math.atan2(1)', 'math.pow(1)', 'math.copysign(1, 2, 3)', 'math.log()', 'math.log(1, 2, 3)',
         'math.sqrt(10 ** 400)', 'math.exp(10 ** 400)', 'math.isnan("n")', 'math.degrees([])',
         'math.nosuch']
for expr in cases:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
print(math.__name__, sorted(n for n in dir(math) if not n.startswith('_')))

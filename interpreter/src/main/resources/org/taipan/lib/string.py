"""Common string constants and classes (Taipan's own implementation)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

# The character classes, ASCII only (locale plays no part).
digits = '0123456789'
octdigits = digits[:8]
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
whitespace = ' \t\n\r\v\f'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word, join them."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _TemplatePattern:
    """Builds a Template class's `pattern` from its delimiter, idpattern, braceidpattern and
    flags, when the class does not give a pattern of its own."""

    @staticmethod
    def compile(cls):
        import re
        delimiter = re.escape(cls.delimiter)
        name = cls.idpattern
        braced = cls.braceidpattern or cls.idpattern
        # four alternatives after the delimiter: a doubled delimiter, a bare name, a braced
        # name, or anything else (an invalid placeholder, matching the empty string)
        text = (delimiter + '(?:'
                '(?P<escaped>' + delimiter + ')|'
                '(?P<named>' + name + ')|'
                '{(?P<braced>' + braced + ')}|'
                '(?P<invalid>))')
        flags = cls.flags if cls.flags is not None else 0
        return re.compile(text, flags | re.VERBOSE)


class Template:
    """A string with $-placeholders, filled in by substitute() or safe_substitute()."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None  # set to re.IGNORECASE below, once re is imported

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' not in cls.__dict__:
            cls.pattern = _TemplatePattern.compile(cls)
        elif isinstance(cls.pattern, str):
            import re
            cls.pattern = re.compile(cls.pattern, (cls.flags or 0) | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        at = match.start('invalid')
        lines = self.template[:at].splitlines(keepends=True)
        if lines:
            lineno = len(lines)
            colno = at - len(''.join(lines[:-1]))
        else:
            lineno = colno = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        return _ChainMapping(kws, mapping) if kws else mapping

    def substitute(self, mapping=None, /, **kws):
        values = self._mapping(_NO_MAPPING if mapping is None else mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                return str(values[name])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._invalid(match)
            raise self._unrecognized()
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        values = self._mapping(_NO_MAPPING if mapping is None else mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise self._unrecognized()
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None and match.group('braced') is None
                    and match.group('escaped') is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        names = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif match.group('invalid') is None and match.group('escaped') is None:
                raise self._unrecognized()
        return names


_NO_MAPPING = object()


class _ChainMapping:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _formatter_parser(s):
    """(literal_text, field_name, format_spec, conversion) tuples, like str.format's parser."""
    i = 0
    n = len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            if s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            conversion = None
            spec = ''
            k = 0
            bracket = False
            name_end = len(field)
            while k < len(field):
                if field[k] == '[':
                    bracket = True
                elif field[k] == ']':
                    bracket = False
                elif not bracket and field[k] in '!:':
                    name_end = k
                    break
                k += 1
            name = field[:name_end]
            rest = field[name_end:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError('expected \':\' after conversion specifier')
            if rest.startswith(':'):
                spec = rest[1:]
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _field_name_split(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest


class Formatter:
    """str.format's machinery split into steps a subclass can override: parse, get_field,
    get_value, convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        text, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once a field was numbered
        # by hand; nested format specs continue the same count.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            field_name, auto_arg_index = _number_field(field_name, auto_arg_index)
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        for code, converter in _CONVERSIONS:
            if conversion == code:
                return converter(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, part in rest:
            value = getattr(value, part) if is_attribute else value[part]
        return value, first


_CONVERSIONS = (('s', str), ('r', repr), ('a', ascii))

_MIXED_NUMBERING = 'cannot switch from manual field specification to automatic field numbering'


def _number_field(field_name, auto_arg_index):
    """(the name to look up, the updated counter) for one replacement field."""
    if field_name == '':
        if auto_arg_index is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(auto_arg_index), auto_arg_index + 1
    if field_name.isdigit():
        if auto_arg_index:
            raise ValueError(_MIXED_NUMBERING)
        return field_name, False
    return field_name, auto_arg_index


def _finish_template():
    import re
    Template.flags = re.IGNORECASE
    Template.pattern = _TemplatePattern.compile(Template)


_finish_template()

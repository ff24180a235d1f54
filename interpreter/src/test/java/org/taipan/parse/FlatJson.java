package org.taipan.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the small JSON the recorder scripts write: a flat object of strings, integers and nulls,
 * or a single string. Enough for the goldens; not a general JSON parser.
 */
final class FlatJson {
    private final String s;
    private int i;

    private FlatJson(String s) {
        this.s = s;
    }

    static Map<String, Object> object(String json) {
        FlatJson r = new FlatJson(json.strip());
        Map<String, Object> map = new LinkedHashMap<>();
        r.expect('{');
        r.spaces();
        while (r.s.charAt(r.i) != '}') {
            String key = r.string();
            r.spaces();
            r.expect(':');
            r.spaces();
            map.put(key, r.value());
            r.spaces();
            if (r.s.charAt(r.i) == ',') {
                r.i++;
                r.spaces();
            }
        }
        return map;
    }

    static String string(String json) {
        return new FlatJson(json.strip()).string();
    }

    private Object value() {
        char c = s.charAt(i);
        if (c == '"') {
            return string();
        }
        if (s.startsWith("null", i)) {
            i += 4;
            return null;
        }
        int start = i;
        if (c == '-') {
            i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return Integer.parseInt(s.substring(start, i));
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'f': sb.append('\f'); break;
                case 'b': sb.append('\b'); break;
                case 'u':
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                    break;
                default: sb.append(e); // \" \\ \/
            }
        }
    }

    private void spaces() {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + i + " in " + s);
        }
        i++;
    }
}

package org.taipan.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON that tools/record_embed_goldens.py writes: objects, arrays, strings, integers. */
final class GoldenJson {
    private final String s;
    private int i;

    private GoldenJson(String s) {
        this.s = s;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> resource(String name) throws IOException {
        try (InputStream in = GoldenJson.class.getResourceAsStream("/embed/" + name)) {
            if (in == null) {
                throw new IOException("missing golden /embed/" + name + " (run tools/record_embed_goldens.py)");
            }
            return (List<Map<String, Object>>) new GoldenJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)).value();
        }
    }

    private Object value() {
        spaces();
        char c = s.charAt(i);
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            spaces();
            while (s.charAt(i) != '}') {
                String k = (String) value();
                spaces();
                i++; // ':'
                m.put(k, value());
                spaces();
                if (s.charAt(i) == ',') {
                    i++;
                }
                spaces();
            }
            i++;
            return m;
        }
        if (c == '[') {
            List<Object> l = new ArrayList<>();
            i++;
            spaces();
            while (s.charAt(i) != ']') {
                l.add(value());
                spaces();
                if (s.charAt(i) == ',') {
                    i++;
                }
                spaces();
            }
            i++;
            return l;
        }
        if (c == '"') {
            StringBuilder b = new StringBuilder();
            i++;
            while (s.charAt(i) != '"') {
                char d = s.charAt(i++);
                if (d == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n': b.append('\n'); break;
                        case 't': b.append('\t'); break;
                        case 'r': b.append('\r'); break;
                        case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                        default: b.append(e);
                    }
                } else {
                    b.append(d);
                }
            }
            i++;
            return b.toString();
        }
        int start = i;
        while (i < s.length() && (s.charAt(i) == '-' || Character.isDigit(s.charAt(i)))) {
            i++;
        }
        return Long.parseLong(s.substring(start, i));
    }

    private void spaces() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}

package org.taipan.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;

/**
 * CPython's single-byte "charmap" codecs ({@code iso8859-15}, {@code cp437}, {@code koi8-r}, ...).
 * The byte-to-character table of each is read from the JDK's charset of the same code page: for
 * the code pages listed here the JDK's tables and CPython's agree on all 256 bytes (the
 * {@code stdlib/codecs_charmaps} program checks every byte). Encoding uses the inverse of that
 * table, as CPython builds its encoding maps, never the JDK's best-fit encoder.
 */
final class CharmapCodec {
    /** Python codec name, JDK charset name, CPython's other names for it. */
    private static final String[][] CODE_PAGES = {
        {"iso8859_2", "ISO-8859-2", "csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2"},
        {"iso8859_3", "ISO-8859-3", "csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3"},
        {"iso8859_4", "ISO-8859-4", "csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4"},
        {"iso8859_5", "ISO-8859-5", "csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144"},
        {"iso8859_6", "ISO-8859-6", "arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127"},
        {"iso8859_7", "ISO-8859-7", "csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126"},
        {"iso8859_8", "ISO-8859-8", "csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138"},
        {"iso8859_9", "ISO-8859-9", "csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5"},
        {"iso8859_13", "ISO-8859-13", "iso_8859_13 l7 latin7"},
        {"iso8859_15", "ISO-8859-15", "iso_8859_15 l9 latin9"},
        {"iso8859_16", "ISO-8859-16", "iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10"},
        {"cp1250", "windows-1250", "1250 windows_1250"},
        {"cp1251", "windows-1251", "1251 windows_1251"},
        {"cp1253", "windows-1253", "1253 windows_1253"},
        {"cp1254", "windows-1254", "1254 windows_1254"},
        {"cp1255", "windows-1255", "1255 windows_1255"},
        {"cp1256", "windows-1256", "1256 windows_1256"},
        {"cp1257", "windows-1257", "1257 windows_1257"},
        {"cp1258", "windows-1258", "1258 windows_1258"},
        {"cp437", "IBM437", "437 cspc8codepage437 ibm437"},
        {"cp850", "IBM850", "850 cspc850multilingual ibm850"},
        {"cp852", "IBM852", "852 cspcp852 ibm852"},
        {"cp855", "IBM855", "855 csibm855 ibm855"},
        {"cp857", "IBM857", "857 csibm857 ibm857"},
        {"cp858", "IBM00858", "858 csibm858 ibm858"},
        {"cp860", "IBM860", "860 csibm860 ibm860"},
        {"cp861", "IBM861", "861 cp_is csibm861 ibm861"},
        {"cp862", "IBM862", "862 cspc862latinhebrew ibm862"},
        {"cp863", "IBM863", "863 csibm863 ibm863"},
        {"cp864", "IBM864", "864 csibm864 ibm864"},
        {"cp865", "IBM865", "865 csibm865 ibm865"},
        {"cp866", "IBM866", "866 csibm866 ibm866"},
        {"cp869", "IBM869", "869 cp_gr csibm869 ibm869"},
        {"koi8_r", "KOI8-R", "cskoi8r"},
        {"koi8_u", "KOI8-U", ""},
        {"mac_roman", "x-MacRoman", "macintosh macroman"},
        {"mac_latin2", "x-MacCentralEurope", "mac_centeuro maccentraleurope maclatin2"},
        {"cp775", "IBM775", "775 cspc775baltic ibm775"},
        {"cp737", "x-IBM737", ""},
    };

    private static final Map<String, String[]> BY_NAME = new HashMap<>();
    private static final Map<String, CharmapCodec> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (String[] page : CODE_PAGES) {
            BY_NAME.put(page[0], page);
            for (String alias : page[2].split(" ")) {
                if (!alias.isEmpty()) {
                    BY_NAME.put(alias, page);
                }
            }
        }
    }

    /** Character of each byte, -1 where the code page leaves it undefined. */
    final int[] decoding = new int[256];
    /** Byte of each encodable character. */
    private final Map<Integer, Integer> encoding = new HashMap<>();

    private CharmapCodec(Charset cs) {
        for (int b = 0; b < 256; b++) {
            CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            int c;
            try {
                CharBuffer chars = d.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                c = chars.length() == 1 ? chars.charAt(0) : -1;
            } catch (CharacterCodingException e) {
                c = -1;
            }
            decoding[b] = c;
            if (c >= 0) {
                encoding.putIfAbsent(c, b);
            }
        }
    }

    /** The codec of a normalised name ({@code iso_8859_15}, {@code latin9}), or null. */
    static CharmapCodec find(String normalized) {
        String[] page = BY_NAME.get(normalized);
        if (page == null) {
            return null;
        }
        return LOADED.computeIfAbsent(page[0], k -> new CharmapCodec(Charset.forName(page[1])));
    }

    /** The byte for a code point, -1 if it has none. */
    int byteOf(int cp) {
        Integer b = encoding.get(cp);
        return b == null ? -1 : b;
    }
}

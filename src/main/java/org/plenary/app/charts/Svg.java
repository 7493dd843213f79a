package org.plenary.app.charts;

import java.util.Locale;

/**
 * A minimal SVG writer: elements are appended as text, every attribute and text node is XML-escaped, numbers are
 * written with a dot and at most two decimals so the output is the same on every locale.
 */
final class Svg {

    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

    private final StringBuilder out = new StringBuilder(8192);

    Svg open(int width, int height, String title, String description) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"")
                .append(escape(FONT)).append("\" font-size=\"13\">\n")
                .append("<title id=\"chart-title\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        return this;
    }

    /** A text label; {@code anchor} is start, middle or end. */
    Svg text(double x, double y, String text, String anchor, String cssClass, String extra) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cssClass).append('"');
        if (extra != null) {
            out.append(' ').append(extra);
        }
        out.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /** A rectangle with a tooltip; {@code data} holds extra attributes already built with {@link #attr}. */
    Svg rect(double x, double y, double w, double h, String fill, String cssClass, String data, String tooltip) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill)
                .append("\" class=\"").append(cssClass).append('"');
        if (data != null && !data.isEmpty()) {
            out.append(data);
        }
        if (tooltip == null) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></rect>\n");
        }
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String cssClass) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(width)).append("\" class=\"").append(cssClass)
                .append("\"/>\n");
        return this;
    }

    String close() {
        out.append("</svg>\n");
        return out.toString();
    }

    static String attr(String name, String value) {
        return " " + name + "=\"" + escape(value) + "\"";
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in XML 1.0.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}

package dev.qa.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/** The one flexmark configuration shared by parsing (load) and rendering (render). */
public final class MarkdownOptions {
    private MarkdownOptions() {
    }

    public static DataHolder create() {
        return create(true);
    }

    /**
     * The options load parses with: the same blocks, so every fenced block stands at the offset render
     * finds it at, without the autolink pass, which only adds inline links and is a third of a parse.
     */
    public static DataHolder forBlocks() {
        return create(false);
    }

    private static DataHolder create(boolean autolinks) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                AdmonitionExtension.create()));
        if (autolinks) {
            extensions.add(AutolinkExtension.create());
        }
        options.set(Parser.EXTENSIONS, extensions);
        // The admonition extension's defaults are worked out on every read of its keys, and every parse
        // reads them: its icon map alone reads nine SVG files out of its jar each time. Set once, here.
        options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.getQualifierTypeMap());
        options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, AdmonitionExtension.getQualifierTitleMap());
        options.set(AdmonitionExtension.TYPE_SVG_MAP, AdmonitionExtension.getQualifierSvgValueMap());
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Raw HTML in markdown is shown as text, never passed through: see docs/authoring.md.
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        return options.toImmutable();
    }
}

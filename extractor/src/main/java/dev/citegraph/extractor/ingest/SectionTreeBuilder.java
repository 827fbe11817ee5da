package dev.citegraph.extractor.ingest;

import dev.citegraph.graph.model.PageStart;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects headings, text and tables in reading order and turns them into sections with parents, page spans and
 * page starts. Text before the first heading becomes one unnumbered front-matter section at level 0. Page 0 means
 * the format has no pages.
 */
public final class SectionTreeBuilder {

    private final String documentId;
    private final List<Draft> drafts = new ArrayList<>();
    private final Deque<Draft> open = new ArrayDeque<>();
    private final Set<String> ids = new HashSet<>();
    private String frontMatterTitle = "Front matter";

    public SectionTreeBuilder(String documentId) {
        this.documentId = documentId;
    }

    /** "Abstract" when the front matter holds one; "Front matter" otherwise. */
    public void frontMatterTitle(String title) {
        frontMatterTitle = title;
    }

    public void startSection(String number, String title, int level, int page) {
        if (level < 1) throw new IllegalArgumentException("a heading's level is >= 1, was " + level);
        while (!open.isEmpty() && open.peek().level >= level) open.pop();
        Draft parent = open.peek();
        Draft draft = new Draft(uniqueId(number, title), number, title, level, page, parent == null ? null : parent.id);
        drafts.add(draft);
        open.push(draft);
    }

    public void append(String text, TextJoint joint, int page) {
        if (text.isEmpty()) return;
        Draft draft = current();
        StringBuilder out = draft.text;
        if (out.length() > 0) out.append(joint.separator());
        if (draft.pageStart == -1) {
            draft.pageStart = page;
            draft.lastPage = page;
        }
        if (page != draft.lastPage && page > 0) draft.pageStarts.add(new PageStart(page, out.length()));
        draft.lastPage = Math.max(draft.lastPage, page);
        out.append(text);
    }

    public void addTable(Table table) {
        current().tables.add(table);
    }

    /** Whether any text has been appended since the last heading (or since the start). */
    public boolean currentHasText() {
        return !drafts.isEmpty() && drafts.get(drafts.size() - 1).text.length() > 0;
    }

    public List<Section> build() {
        List<Section> sections = new ArrayList<>();
        for (Draft d : drafts) {
            boolean frontMatter = d.level == 0;
            if (frontMatter && d.text.length() == 0 && d.tables.isEmpty()) continue;
            String title = frontMatter ? frontMatterTitle : d.title;
            String id = frontMatter ? uniqueId("", title) : d.id;
            int pageStart = Math.max(d.pageStart, 0);
            int pageEnd = Math.max(d.lastPage, pageStart);
            sections.add(new Section(id, documentId, d.number, title, d.level, pageStart, pageEnd,
                    d.text.toString(), d.parentId, d.pageStarts, d.tables));
        }
        return sections;
    }

    private Draft current() {
        if (drafts.isEmpty()) drafts.add(new Draft(null, "", "", 0, -1, null));
        return drafts.get(drafts.size() - 1);
    }

    private String uniqueId(String number, String title) {
        String base = Section.idFor(documentId, number, title);
        String id = base;
        for (int n = 2; !ids.add(id); n++) id = base + "-" + n;
        return id;
    }

    private static final class Draft {
        final String id;
        final String number;
        final String title;
        final int level;
        final String parentId;
        final StringBuilder text = new StringBuilder();
        final List<PageStart> pageStarts = new ArrayList<>();
        final List<Table> tables = new ArrayList<>();
        int pageStart;
        int lastPage;

        Draft(String id, String number, String title, int level, int page, String parentId) {
            this.id = id;
            this.number = number;
            this.title = title;
            this.level = level;
            this.pageStart = page;
            this.lastPage = page;
            this.parentId = parentId;
        }
    }
}

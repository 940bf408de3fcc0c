package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// Editions (issue 21): a translated notebook is its English twin's program
// with translated prose, string literals and comments. The lint pairs them
// by where the translation lives:
//
//	notebooks/es/X.ipynb        is the twin of  notebooks/X.ipynb
//	exercises/Y/Y.es.ipynb      is the twin of  exercises/Y/Y.ipynb
//
// (an exercise's translation stays beside the package the student edits,
// with the same relative links), and fails, naming the cell, when
//
//   - the cells differ in number, order, type or tags;
//   - a code cell's Go tokens differ, string literals and comments apart
//     (an import path and a string's fmt verbs must stay the same), or its
//     GoNB lines (%%, %env, !…) differ at all: they are compared literally;
//   - a translated cell does not record the SHA-256 of the English source
//     it was translated from (cell metadata gomlp.en_sha256), or the English
//     cell changed since (a stale translation); a cell equal to its twin
//     byte for byte is a copy and needs no record;
//   - a cell's anchors (<a id="…">) differ, so links into the page break;
//   - a link points to an English notebook that has a translation;
//   - its prose, strings, comments or printed text hold English words
//     (edition_words.go), or it prints other numbers than its twin
//     (edition_numbers.go).
//
// The first code cell is the edition's own shared first cell (firstCellFor):
// it also sets GOMLP_LANG, the language of the words plots and check write.

// editionLangs are the languages the course is translated into.
var editionLangs = []string{"es"}

// editionOnly are the pages an edition has and English has not.
var editionOnly = map[string]map[string]bool{
	"es": {"glosario.ipynb": true},
}

// editionFirstLines are the shared first cell's English message and the
// edition's, and the %env line the edition adds after GOPROXY's.
var editionFirstLines = map[string][2]string{
	"es": {
		"This notebook must stay inside the course folder: it uses its packages.",
		"Este cuaderno debe quedarse dentro de la carpeta del curso: usa sus paquetes.",
	},
}

// editionFirstCell is the shared first cell of an edition: the English one
// with `%env GOMLP_LANG lang` after `%env GOPROXY off` and its message
// translated. It panics if the English cell no longer has the lines it
// edits (a test runs it).
func editionFirstCell(lang string) string {
	msg := editionFirstLines[lang]
	env := "%env GOPROXY off\n"
	if !strings.HasPrefix(sharedFirstCell, env) || strings.Count(sharedFirstCell, msg[0]) != 1 {
		panic("nbrun: the shared first cell changed: update editionFirstCell")
	}
	cell := strings.Replace(sharedFirstCell, msg[0], msg[1], 1)
	return env + "%env GOMLP_LANG " + lang + "\n" + strings.TrimPrefix(cell, env)
}

// firstCellFor is the shared first cell a notebook must start with: its
// edition's.
func firstCellFor(path string) string {
	if lang, _ := editionOf(path); lang != "" {
		return editionFirstCell(lang)
	}
	return sharedFirstCell
}

// editionOf returns the language of a translated notebook and the path of
// its English twin, or "" and "" for an English notebook.
func editionOf(path string) (lang, twin string) {
	dir, base := filepath.Split(path)
	for _, l := range editionLangs {
		if filepath.Base(filepath.Clean(dir)) == l {
			return l, filepath.Join(filepath.Dir(filepath.Clean(dir)), base)
		}
		if stem, ok := strings.CutSuffix(base, "."+l+".ipynb"); ok {
			return l, filepath.Join(dir, stem+".ipynb")
		}
	}
	return "", ""
}

// translationOf returns the existing translation into lang of the English
// notebook at path, in either layout, or "".
func translationOf(path, lang string) string {
	dir, base := filepath.Split(path)
	stem := strings.TrimSuffix(base, ".ipynb")
	for _, p := range []string{filepath.Join(dir, lang, base), filepath.Join(dir, stem+"."+lang+".ipynb")} {
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
	}
	return ""
}

// enHash is what a translated cell records: the SHA-256 of its English
// twin's source, in hex.
func enHash(c map[string]any) string {
	sum := sha256.Sum256([]byte(source(c)))
	return hex.EncodeToString(sum[:])
}

// recordedHash is the hash a translated cell records, or "".
func recordedHash(c map[string]any) string {
	md, _ := c["metadata"].(map[string]any)
	g, _ := md["gomlp"].(map[string]any)
	h, _ := g["en_sha256"].(string)
	return h
}

// lintEdition checks a translated notebook against its English twin; it
// does nothing for an English notebook.
func lintEdition(nb notebook, path string, rep *lintReport) {
	lang, twinPath := editionOf(path)
	if lang == "" {
		return
	}
	cells := nb.cells()
	first := firstCodeCell(nb)
	if editionOnly[lang][filepath.Base(path)] {
		w := newWordCheck(lang, nb, nil)
		for i, c := range cells {
			if cellType(c) != "code" {
				lintEditionLinks(source(c), path, lang, i+1, rep)
				w.prose(source(c), i+1, rep)
			}
		}
		return
	}
	en, err := readNotebook(twinPath)
	if err != nil {
		rep.add("no English twin %s (%v): a translation has the English notebook it translates "+
			"(a page only this edition has is listed in editionOnly, cmd/nbrun/edition.go)", rel(twinPath), err)
		return
	}
	enCells := en.cells()
	if !sameStructure(cells, enCells, rel(twinPath), rep) {
		return // cell by cell comparisons would only repeat the shift
	}
	w := newWordCheck(lang, nb, en)
	repo, _ := repoRoot()
	for i, c := range cells {
		e, n := enCells[i], i+1
		if i == first {
			continue // the edition's first cell: lint.go compares it with firstCellFor
		}
		lintStamp(c, e, path, n, rep)
		switch cellType(c) {
		case "code":
			if msg := compareCode(source(c), source(e)); msg != "" {
				rep.add("cell %d %s", n, msg)
			}
			if msg := compareNumbers(c, e, repo); msg != "" {
				rep.add("cell %d: %s", n, msg)
			}
			w.code(source(c), n, rep)
			w.outputs(c, n, rep)
		default:
			lintAnchors(source(c), source(e), n, rep)
			lintEditionLinks(source(c), path, lang, n, rep)
			w.prose(source(c), n, rep)
		}
	}
}

// sameStructure reports whether the translation has its twin's cells, in
// order, with the same types and tags; if not, it reports the first
// difference.
func sameStructure(cells, enCells []map[string]any, twin string, rep *lintReport) bool {
	for i := 0; i < len(cells) && i < len(enCells); i++ {
		c, e := cells[i], enCells[i]
		if cellType(c) != cellType(e) {
			rep.add("cell %d: a %s cell where the English twin %s has a %s cell (%q): "+
				"a translation keeps its twin's cells in order, one for one",
				i+1, cellType(c), twin, cellType(e), cellTitle(e))
			return false
		}
		if a, b := sortedTags(c), sortedTags(e); !slices.Equal(a, b) {
			rep.add("cell %d: tags %q, the English cell %d has %q", i+1, a, i+1, b)
			return false
		}
	}
	if len(cells) != len(enCells) {
		rep.add("%d cells, the English twin %s has %d: a translation keeps its twin's cells, one for one",
			len(cells), twin, len(enCells))
		return false
	}
	return true
}

func sortedTags(c map[string]any) []string {
	t := tags(c)
	slices.Sort(t)
	return t
}

// lintStamp checks a translated cell's record of its English source.
func lintStamp(c, e map[string]any, path string, n int, rep *lintReport) {
	if source(c) == source(e) {
		return // a copy, not a translation
	}
	stamp := fmt.Sprintf("`go run ./cmd/nbrun edition stamp -cell %d %s`", n, rel(path))
	switch h := recordedHash(c); h {
	case "":
		rep.add("cell %d: a translation that records no English source (metadata gomlp.en_sha256): "+
			"when it says what the English cell %d says, run %s", n, n, stamp)
	case enHash(e):
	default:
		rep.add("cell %d: stale translation: the English cell %d (%q) changed since it was translated; "+
			"bring this cell in line with it (`git log -p` on the English notebook shows the change), then run %s",
			n, n, cellTitle(e), stamp)
	}
}

// cellTitle names a cell in a report: its first line that is not blank or
// only an anchor, shortened.
func cellTitle(c map[string]any) string {
	for _, line := range strings.Split(source(c), "\n") {
		line = strings.TrimSpace(htmlAnchorTag.ReplaceAllString(line, ""))
		if line != "" {
			return clip(line)
		}
	}
	return ""
}

var htmlAnchorTag = regexp.MustCompile(`<a\s+[^>]*(?:id|name)\s*=\s*"[^"]*"[^>]*>\s*</a>`)

// lintAnchors reports a translated cell whose anchors differ from its
// twin's: links into the page (errata.ipynb#3, notation.ipynb#data) use
// the same ids in every edition.
func lintAnchors(src, enSrc string, n int, rep *lintReport) {
	ids := func(s string) []string {
		var out []string
		for _, m := range htmlAnchor.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1])
		}
		slices.Sort(out)
		return out
	}
	if a, b := ids(src), ids(enSrc); !slices.Equal(a, b) {
		rep.add("cell %d: anchors %q, the English cell %d has %q: keep the ids, translate the text", n, a, n, b)
	}
}

// lintEditionLinks reports links from a translated page to an English
// notebook that has a translation.
func lintEditionLinks(src, path, lang string, n int, rep *lintReport) {
	dir := filepath.Dir(path)
	for _, t := range linkTargets(src) {
		file, frag, ok := localNotebook(t, dir)
		if !ok {
			continue
		}
		if l, _ := editionOf(file); l != "" {
			continue // already a translation
		}
		if tr := translationOf(file, lang); tr != "" {
			want, err := filepath.Rel(dir, tr)
			if err != nil {
				want = tr
			}
			want = filepath.ToSlash(want) + frag
			rep.add("cell %d: link %q goes to the English edition, but %s exists: link %q", n, t, rel(tr), want)
		}
	}
}

// linkTargets lists the link targets of a markdown text, code left out.
func linkTargets(src string) []string {
	body := fence.ReplaceAllStringFunc(src, blankOut)
	body = codeSpan.ReplaceAllStringFunc(body, blankOut)
	var out []string
	for _, m := range inlineLink.FindAllStringSubmatch(body, -1) {
		out = append(out, m[1])
	}
	for _, m := range refLink.FindAllStringSubmatch(body, -1) {
		out = append(out, m[1])
	}
	return out
}

// localNotebook resolves a relative link to a notebook file in dir; frag
// is its "#anchor" part, if any.
func localNotebook(target, dir string) (file, frag string, ok bool) {
	if strings.Contains(target, "://") || strings.HasPrefix(target, "#") || strings.HasPrefix(target, "/") {
		return "", "", false
	}
	p, frag, _ := strings.Cut(target, "#")
	if frag != "" {
		frag = "#" + frag
	}
	if !strings.HasSuffix(p, ".ipynb") {
		return "", "", false
	}
	return filepath.Join(dir, filepath.FromSlash(p)), frag, true
}

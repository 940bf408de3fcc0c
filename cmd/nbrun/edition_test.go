package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func editionFixture(name string) string { return filepath.Join("testdata", "edition", name) }

// TestEditionFixtures lints each translation fixture: the passing ones have
// no problem at all; each failing one has exactly one, naming its cell.
func TestEditionFixtures(t *testing.T) {
	cases := []struct {
		path string
		want string // "" when it passes
	}{
		{"es/pass.ipynb", ""},
		{"exercise.es.ipynb", ""}, // the exercises' layout, X.es.ipynb beside X.ipynb
		{"es/other.ipynb", ""},
		{"es/structure.ipynb", "4 cells, the English twin testdata/edition/structure.ipynb has 5"},
		{"es/tokens.ipynb", `cell 4 line 4: "perdida" where the English line 4 has "loss": the Go code must be the same`},
		{"es/stale.ipynb", `cell 3: stale translation: the English cell 3 ("## The ECM, computed by hand") changed since it was translated`},
		{"es/link.ipynb", `cell 1: link "../other.ipynb#data" goes to the English edition, but testdata/edition/es/other.ipynb exists: link "other.ipynb#data"`},
		{"es/words.ipynb", `cell 3: English words in the prose: "by", "hand"`},
		{"es/numbers.ipynb", `cell 4: prints 0.3126 (in "pérdida: 0.3126 con 2 ejemplos") where the English cell prints 0.3125`},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			r := lintNotebook(editionFixture(c.path))
			got := strings.Join(r.Problems, "\n")
			switch {
			case c.want == "" && got != "":
				t.Errorf("want no problem, got:\n%s", got)
			case c.want != "" && !strings.Contains(got, c.want):
				t.Errorf("problems:\n%s\nwant one containing %q", got, c.want)
			case c.want != "" && c.path != "es/words.ipynb" && len(r.Problems) != 1:
				t.Errorf("want one problem, got:\n%s", got)
			}
		})
	}
	// The words fixture left English in its prose, a string and its output.
	got := strings.Join(lintNotebook(editionFixture("es/words.ipynb")).Problems, "\n")
	for _, want := range []string{`cell 4: English words in its strings or comments: "loss", "over"`,
		`cell 4: English words in its printed text: "loss", "over"`} {
		if !strings.Contains(got, want) {
			t.Errorf("words fixture: problems\n%s\nwant %q", got, want)
		}
	}
	// The English twins pass the lint themselves.
	for _, p := range []string{"pass.ipynb", "structure.ipynb", "tokens.ipynb", "stale.ipynb", "link.ipynb",
		"words.ipynb", "numbers.ipynb", "exercise.ipynb", "other.ipynb"} {
		if r := lintNotebook(editionFixture(p)); len(r.Problems) > 0 {
			t.Errorf("%s: %s", p, strings.Join(r.Problems, "\n"))
		}
	}
}

func TestEditionOf(t *testing.T) {
	cases := []struct{ path, lang, twin string }{
		{"notebooks/es/03_perceptron_rule.ipynb", "es", "notebooks/03_perceptron_rule.ipynb"},
		{"/r/notebooks/es/errata.ipynb", "es", "/r/notebooks/errata.ipynb"},
		{"es/x.ipynb", "es", "x.ipynb"},
		{"exercises/gd/gd.es.ipynb", "es", "exercises/gd/gd.ipynb"},
		{"notebooks/03_perceptron_rule.ipynb", "", ""},
		{"exercises/gd/gd.ipynb", "", ""},
		{"notebooks/estonian/x.ipynb", "", ""},
	}
	for _, c := range cases {
		if lang, twin := editionOf(c.path); lang != c.lang || twin != c.twin {
			t.Errorf("editionOf(%q) = %q, %q; want %q, %q", c.path, lang, twin, c.lang, c.twin)
		}
	}
}

// TestCompareCode: strings and comments may differ, nothing else; GoNB lines
// are compared literally, import paths and fmt verbs too.
func TestCompareCode(t *testing.T) {
	en := "%%\n// Sum by hand.\nimport \"fmt\"\ns := 0.0\nfor _, v := range []float64{1, 2} {\n\ts += v\n}\n" +
		"fmt.Printf(\"sum %.2f of %d\\n\", s, 2)"
	cases := []struct {
		name, es, want string
	}{
		{"translated", strings.NewReplacer("Sum by hand", "Suma a mano", "sum %.2f of %d", "suma %.2f de %d").Replace(en), ""},
		{"raw string", strings.Replace(en, `"sum %.2f of %d\n"`, "`suma %.2f de %d\n`", 1), ""},
		{"comment moved", strings.Replace(en, "s := 0.0", "s := 0.0 /* la suma */", 1), ""},
		{"line broken after a comma", strings.Replace(en, "s, 2)", "s,\n\t2)", 1), ""},
		{"explicit semicolon", strings.Replace(en, "s := 0.0\n", "s := 0.0;\n", 1), ""},
		{"renamed", strings.ReplaceAll(en, "s +=", "suma +="), `line 6: "suma" where the English line 6 has "s"`},
		{"number", strings.Replace(en, "{1, 2}", "{1, 3}", 1), `line 5: "3" where the English line 5 has "2"`},
		{"line break that ends a statement", strings.Replace(en, "s := 0.0", "s :=\n0.0", 1), ""},
		{"extra statement", en + "\nfmt.Println()", `line 9: "fmt" after the end of the English cell's code`},
		{"import path", strings.Replace(en, `"fmt"`, `"fmt/es"`, 1), `line 3: "\"fmt/es\"" where the English line 3 has "\"fmt\"": an import path stays as it is`},
		{"verbs", strings.Replace(en, "sum %.2f of %d", "suma %.3f de %d", 1), `the fmt verbs ["%.3f" "%d"], the English "sum %.2f of %d\n" on line 8 has ["%.2f" "%d"]`},
		{"magic", strings.Replace(en, "%%", "%test", 1), `line 1: GoNB line "%test", the English line 1 is "%%"`},
		{"no magic", strings.Replace(en, "%%\n", "\n", 1), `has no GoNB line for the English line 1 "%%"`},
		{"shell line", "!echo hola\n" + en, `line 1: GoNB line "!echo hola", the English line 1 is "%%"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := compareCode(c.es, en)
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("compareCode = %q, want %q", got, c.want)
			}
		})
	}
	// A line break where Go inserts a semicolon is another program.
	if got := compareCode("%%\nreturn\nx", "%%\nreturn x"); !strings.Contains(got, `"end of line" where the English line 2 has "x"`) {
		t.Errorf("return / x against return x: %q", got)
	}
}

// copyPair copies a fixture pair (English twin and translation) into a
// temporary folder and returns the translation's path there.
func copyPair(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "es"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{name, "es/" + name, "other.ipynb", "es/other.ipynb", "only_english.ipynb"} {
		data, err := os.ReadFile(editionFixture(p))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "es", name)
}

func runEdition(args ...string) (code int, out string) {
	var stdout, stderr bytes.Buffer
	code = editionMain(args, &stdout, &stderr)
	return code, stdout.String() + stderr.String()
}

// TestStampStale: a stale cell is listed by status, skipped by -new, and
// stamped only when named; then the lint passes.
func TestStampStale(t *testing.T) {
	path := copyPair(t, "stale.ipynb")
	before, _ := os.ReadFile(path)
	if code, out := runEdition("status", path); code != 1 || !strings.Contains(out, "cell  3  stale      ## The ECM, computed by hand") ||
		!strings.Contains(out, "cell  2  first cell") || !strings.Contains(out, "cell  4  current") {
		t.Errorf("status: exit %d\n%s", code, out)
	}
	code, out := runEdition("stamp", "-new", path)
	if after, _ := os.ReadFile(path); code != 0 || !bytes.Equal(before, after) ||
		!strings.Contains(out, "cell 3 is stale, not stamped") {
		t.Errorf("stamp -new on a stale cell: exit %d, changed %v\n%s", code, !bytes.Equal(before, after), out)
	}
	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"stamp", "-cell", "2", path}, "cell 2 is the edition's shared first cell"},
		{[]string{"stamp", "-cell", "9", path}, "cell 9: the notebook has 5 cells"},
		{[]string{"stamp", "-cell", "x", path}, `-cell "x": want cell numbers from 1`},
		{[]string{"stamp", path}, "either -cell N[,M...] or -new"},
		{[]string{"stamp", "-cell", "3", "-new", path}, "either -cell N[,M...] or -new"},
		{[]string{"stamp", "-cell", "3", editionFixture("pass.ipynb")}, "not a translation"},
	} {
		if code, out := runEdition(bad.args...); code == 0 || !strings.Contains(out, bad.want) {
			t.Errorf("edition %v: exit %d, output %q, want %q", bad.args, code, out, bad.want)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("a refused stamp changed the notebook")
	}
	if code, out := runEdition("stamp", "-cell", "3", path); code != 0 || !strings.Contains(out, "cell 3 stamped (stale)") {
		t.Fatalf("stamp -cell 3: exit %d\n%s", code, out)
	}
	if r := lintNotebook(path); len(r.Problems) > 0 {
		t.Errorf("after the stamp: %s", strings.Join(r.Problems, "\n"))
	}
	after, _ := os.ReadFile(path)
	if d := lineDiff(string(before), string(after)); d != 1 {
		t.Errorf("the stamp changed %d lines, want 1 (the hash)", d)
	}
}

// lineDiff counts the lines that differ between two texts of equal length
// in lines (or returns -1).
func lineDiff(a, b string) int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	if len(la) != len(lb) {
		return -1
	}
	n := 0
	for i := range la {
		if la[i] != lb[i] {
			n++
		}
	}
	return n
}

// TestStampNew: a first translation records nothing; the lint names each
// cell, -new stamps them all, and a cell equal to its twin needs no stamp.
func TestStampNew(t *testing.T) {
	path := copyPair(t, "pass.ipynb")
	nb, err := readNotebook(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range nb.cells() {
		c["metadata"] = map[string]any{}
	}
	data, _ := nb.encode()
	os.WriteFile(path, data, 0o644)
	got := strings.Join(lintNotebook(path).Problems, "\n")
	for _, cell := range []string{"1", "3", "4", "5"} {
		if !strings.Contains(got, "cell "+cell+": a translation that records no English source") {
			t.Errorf("lint does not name unstamped cell %s:\n%s", cell, got)
		}
	}
	if code, out := runEdition("stamp", "-new", path); code != 0 || strings.Count(out, "stamped (unstamped)") != 4 {
		t.Fatalf("stamp -new: exit %d\n%s", code, out)
	}
	if r := lintNotebook(path); len(r.Problems) > 0 {
		t.Errorf("after stamp -new: %s", strings.Join(r.Problems, "\n"))
	}
	// A code cell equal to its twin is a copy: no record needed, none taken.
	nb, _ = readNotebook(path)
	en, _ := readNotebook(filepath.Join(filepath.Dir(filepath.Dir(path)), "pass.ipynb"))
	nb.cells()[3]["source"] = en.cells()[3]["source"]
	nb.cells()[3]["outputs"] = en.cells()[3]["outputs"]
	nb.cells()[3]["metadata"] = map[string]any{}
	data, _ = nb.encode()
	os.WriteFile(path, data, 0o644)
	if code, out := runEdition("stamp", "-cell", "4", path); code == 0 || !strings.Contains(out, "a copy needs no stamp") {
		t.Errorf("stamp of a copy: exit %d\n%s", code, out)
	}
}

// TestEditionFirstCell: the Spanish first cell sets GOMLP_LANG, speaks
// Spanish, keeps the lint's limits; `nbrun firstcell` writes it into a
// translation, and the lint wants it there.
func TestEditionFirstCell(t *testing.T) {
	es := editionFirstCell("es")
	if !strings.HasPrefix(es, "%env GOPROXY off\n%env GOMLP_LANG es\n!*") || strings.Contains(es, "This notebook") ||
		!strings.Contains(es, "Este cuaderno debe quedarse dentro de la carpeta del curso") {
		t.Errorf("Spanish first cell:\n%s", es)
	}
	rep := lintReport{}
	lintCode(es, 1, &rep)
	lintControls(es, "code", 1, &rep)
	if len(rep.Problems) > 0 {
		t.Errorf("the Spanish first cell breaks the lint: %v", rep.Problems)
	}
	path := copyPair(t, "pass.ipynb")
	nb, _ := readNotebook(path)
	nb.cells()[1]["source"] = lines(sharedFirstCell)
	data, _ := nb.encode()
	os.WriteFile(path, data, 0o644)
	if got := strings.Join(lintNotebook(path).Problems, "\n"); !strings.Contains(got, "cell 2: not the shared first cell") {
		t.Errorf("a translation with the English first cell: %s", got)
	}
	if err := applyFirstCell([]string{path}); err != nil {
		t.Fatal(err)
	}
	if nb, _ = readNotebook(path); source(nb.cells()[1]) != es {
		t.Errorf("firstcell wrote %q", source(nb.cells()[1]))
	}
	if r := lintNotebook(path); len(r.Problems) > 0 {
		t.Errorf("after firstcell: %s", strings.Join(r.Problems, "\n"))
	}
}

// TestWriteKeepsTheStamp: storing fresh outputs keeps a code cell's record
// of its English source.
func TestWriteKeepsTheStamp(t *testing.T) {
	c := map[string]any{"cell_type": "code", "metadata": map[string]any{
		"gomlp": map[string]any{"en_sha256": "abc"}, "tags": []any{"x"}, "execution": map[string]any{}}}
	cleanCellMetadata(c)
	md := c["metadata"].(map[string]any)
	if recordedHash(c) != "abc" || md["tags"] == nil || md["execution"] != nil {
		t.Errorf("metadata after a write: %v", md)
	}
}

// TestWordCheck: what counts as English in a translation, and what not.
func TestWordCheck(t *testing.T) {
	code := notebook{"cells": []any{codeCell("%%\nloss := net.LearningRate\nW1 := 2\nplots.Show(loss, W1)")}}
	w := newWordCheck("es", code, nil)
	cases := []struct {
		text string
		want []string
	}{
		{"La compuerta AND y la OR; and lo demás.", []string{"and"}},
		{"codificación one-hot, pero no el mini-batch", []string{"mini-batch"}},
		{"`the loss` en código, $\\text{the loss}$ en fórmulas y $x_{the}$", []string{"the", "loss"}},
		{"```go\nthe loss\n```\nnada", nil},
		{"[el enlace](the_loss.ipynb#the) y <a id=\"the\"></a> <https://go.dev/the>", nil},
		{`El libro <span lang="en">Neural Networks and Deep Learning</span> de Nielsen`, nil},
		{"LearningRate, W1 y plots son código; loss no lo es", []string{"loss"}},
		{"network's weights", []string{"network", "weights"}},
	}
	for _, c := range cases {
		got := w.find(proseText(c.text))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("find(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// Printed text: a library's error message is the library's English.
	var rep lintReport
	w.outputs(codeCell("%%", "época 3: mlp: diverged at epoch 3, the loss is +Inf\n"), 5, &rep)
	w.outputs(codeCell("!go test ./x", "ok  \tgomlp.dev/x\t0.1s (the tool speaks English)\n"), 6, &rep)
	if len(rep.Problems) > 0 {
		t.Errorf("library messages and shell output: %v", rep.Problems)
	}
	w.outputs(codeCell("%%", "la pérdida of the net\n"), 7, &rep)
	if got := strings.Join(rep.Problems, "\n"); !strings.Contains(got, `cell 7: English words in its printed text: "of", "the"`) {
		t.Errorf("printed English: %q", got)
	}
}

// TestWordListsHold: the English list has no word the allow-list allows in
// any case (that would be dead), and every English word is lower case.
func TestWordListsHold(t *testing.T) {
	for w := range englishWords {
		if strings.ToLower(w) != w {
			t.Errorf("english.txt: %q is not lower case", w)
		}
	}
	for a := range wordSet(allowedES) {
		if strings.ToLower(a) == a && !englishWords[a] && !strings.Contains(a, "-") {
			t.Errorf("allowed_es.txt: %q is not in english.txt: nothing to allow", a)
		}
	}
}

// TestCompareNumbers: numbers in order, durations masked, figures counted.
func TestCompareNumbers(t *testing.T) {
	fig := map[string]any{"output_type": "display_data", "data": map[string]any{"image/png": "x"}}
	withFig := func(c map[string]any) map[string]any {
		c["outputs"] = append(c["outputs"].([]any), fig)
		return c
	}
	en := codeCell("%%", "loss 0.25 after 3 epochs (12ms)\n")
	cases := []struct {
		es   map[string]any
		want string
	}{
		{codeCell("%%", "pérdida 0.25 tras 3 épocas (15ms)\n"), ""},
		{codeCell("%%", "pérdida 0.25 tras 4 épocas (12ms)\n"), "prints 4 (in"},
		{codeCell("%%", "pérdida 0.25\n"), "prints 1 numbers, the English cell 2: the next one there is 3"},
		{withFig(codeCell("%%", "pérdida 0.25 tras 3 épocas\n")), "shows 1 figures, the English cell shows 0"},
	}
	for _, c := range cases {
		got := compareNumbers(c.es, en, "")
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("compareNumbers = %q, want %q", got, c.want)
		}
	}
}

// TestEditionOnlyPage: a page only the edition has (the glossary) needs no
// twin; any other translation does.
func TestEditionOnlyPage(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "es"), 0o755)
	page := notebook{"nbformat": 4, "metadata": map[string]any{"kernelspec": map[string]any{
		"display_name": "Go (gonb)", "language": "go", "name": "gonb"}},
		"cells": []any{mdCell("# Glosario\n\n| inglés | español |\n|---|---|\n| <span lang=\"en\">loss</span> | pérdida |")}}
	data, _ := page.encode()
	for _, name := range []string{"glosario.ipynb", "huerfano.ipynb"} {
		os.WriteFile(filepath.Join(dir, "es", name), data, 0o644)
	}
	if r := lintNotebook(filepath.Join(dir, "es", "glosario.ipynb")); len(r.Problems) > 0 {
		t.Errorf("glossary: %v", r.Problems)
	}
	if got := strings.Join(lintNotebook(filepath.Join(dir, "es", "huerfano.ipynb")).Problems, "\n"); !strings.Contains(got, "no English twin") {
		t.Errorf("a translation without a twin: %q", got)
	}
}

// TestEditionLanguageInTheKernel runs the language fixtures in GoNB: the
// Spanish first cell's %env GOMLP_LANG es reaches check and plots ("✓ 2
// comprobaciones", "época"), the English twin prints English even when the
// caller's environment says es (the runner takes the language from the
// first cell only), both match their committed outputs, and the pair
// passes the lint (same numbers, no English in the translation).
func TestEditionLanguageInTheKernel(t *testing.T) {
	o := testOptions(t, "check")
	t.Setenv("GOMLP_LANG", "es")
	for _, c := range []struct{ path, want string }{
		{"lang.ipynb", "✓ 2 checks\nx axis: epoch\n"},
		{"es/lang.ipynb", "✓ 2 comprobaciones\neje x: época\n"},
	} {
		committed, err := readNotebook(editionFixture(c.path))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := splitOutputs(outputs(committed.cells()[3])); !strings.HasPrefix(got["stdout"], c.want) {
			t.Fatalf("%s: committed output %q, want it to start %q", c.path, got["stdout"], c.want)
		}
		r := runNotebook(editionFixture(c.path), o)
		if r.failed() {
			t.Errorf("%s:\n%s", c.path, show(r, o.mode))
		}
		if l := lintNotebook(editionFixture(c.path)); len(l.Problems) > 0 {
			t.Errorf("%s: %s", c.path, strings.Join(l.Problems, "\n"))
		}
	}
}

// TestWordListCatchesEnglish: the word list finds English in every prose
// cell of the English reference pages (four words or more), as it would in
// an untranslated cell of a translation.
func TestWordListCatchesEnglish(t *testing.T) {
	for _, p := range []string{"../../notebooks/errata.ipynb", "../../notebooks/notation.ipynb"} {
		nb, err := readNotebook(p)
		if err != nil {
			t.Fatal(err)
		}
		w := newWordCheck("es", nb, nil)
		for i, c := range nb.cells() {
			text := proseText(source(c))
			if len(wordRE.FindAllString(text, -1)) >= 4 && len(w.find(text)) == 0 {
				t.Errorf("%s cell %d: no English word found in %q", p, i+1, text)
			}
		}
	}
}

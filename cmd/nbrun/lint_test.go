package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lintFixture writes a notebook (and, optionally, other files) into a
// temporary folder and lints it.
func lintFixture(t *testing.T, nb notebook, files map[string]string) lintReport {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := nb.encode()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "nb.ipynb")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return lintNotebook(path)
}

func mdCell(src string) map[string]any {
	return map[string]any{"cell_type": "markdown", "metadata": map[string]any{}, "source": src}
}

func codeCell(src string, printed ...string) map[string]any {
	var outs []any
	for _, p := range printed {
		outs = append(outs, map[string]any{"output_type": "stream", "name": "stdout", "text": p})
	}
	return map[string]any{"cell_type": "code", "metadata": map[string]any{}, "source": src,
		"execution_count": 1,
		"outputs":         outs}
}

// goodNotebook passes the lint: the shared first cell, short code, a link to
// a sibling notebook and to an errata anchor, few check lines.
func goodNotebook(extra ...map[string]any) notebook {
	cells := []any{
		mdCell("<a id=\"top\"></a>\n# Title\n\nRun the shared first cell first ([00](other.ipynb))."),
		codeCell(sharedFirstCell, "Set: GOPROXY=\"off\"\n"),
		mdCell("The slide's sum is wrong, see [ERRATA 3](errata.ipynb#3), [notes](errata.ipynb#why-it-matters) " +
			"and [the same](errata.ipynb#Why-it-matters); [back to the top](#top)."),
		codeCell("%%\nfmt.Println(\"a\")\n\tfmt.Println(\"b\")", "a\nb\n✓ one check\n"),
	}
	for _, c := range extra {
		cells = append(cells, c)
	}
	return notebook{"cells": cells, "nbformat": 4, "metadata": map[string]any{"kernelspec": map[string]any{
		"display_name": "Go (gonb)", "language": "go", "name": "gonb"}}}
}

var lintFiles = map[string]string{
	"other.ipynb": "{}",
	"errata.ipynb": `{"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Errata\n"]},
		{"cell_type": "markdown", "metadata": {}, "source": ["<a id=\"3\"></a>\n", "## 3. A sum\n"]},
		{"cell_type": "markdown", "metadata": {}, "source": "## Why it matters"}], "metadata": {}, "nbformat": 4}`,
	"notes.md": "# Notes\n",
}

func TestLintPassesGoodNotebook(t *testing.T) {
	r := lintFixture(t, goodNotebook(), lintFiles)
	if len(r.Problems) > 0 {
		t.Fatalf("good notebook has problems:\n%s", strings.Join(r.Problems, "\n"))
	}
	if r.Checks != 1 || r.Printed != 4 {
		t.Errorf("check lines %d of %d printed, want 1 of 4", r.Checks, r.Printed)
	}
}

// TestLintFindsEachProblem adds one defect at a time to the good notebook
// and checks that the lint names the cell, the line and the problem.
func TestLintFindsEachProblem(t *testing.T) {
	long := "%%\n" + strings.Repeat("x", 92)
	tabbed := "%%\n" + strings.Repeat("\t", 22) + "xxxx" // 22·4 + 4 = 92 columns
	wide := "%%\n" + strings.Repeat("é", 91)             // 91 runes, 182 bytes: fine
	many := "%%\n" + strings.Repeat("fmt.Println()\n", 30)
	cases := []struct {
		name string
		cell map[string]any
		want string // "" for no problem
	}{
		{"long line", codeCell(long), "cell 5 line 2: 92 columns, want at most 91"},
		{"tabs count 4", codeCell(tabbed), "cell 5 line 2: 92 columns"},
		{"runes not bytes", codeCell(wide), ""},
		{"long cell", codeCell(many), "cell 5: 31 lines, want at most 30"},
		{"form feed", mdCell("$$\frac12$$"), `cell 5 (markdown) line 1 column 3: control character FF (\f — a LaTeX \frac lost its backslash?)`},
		{"bell", mdCell("a\n$\arg\\max$"), `cell 5 (markdown) line 2 column 2: control character BEL`},
		{"tab in markdown", mdCell("$x \to y$"), `cell 5 (markdown) line 1 column 4: control character TAB`},
		{"escape in code", codeCell("%%\n\x1b[1m"), `cell 5 (code) line 2 column 1: control character ESC`},
		{"missing notebook", mdCell("see\n[08](08_gd.ipynb)"), `cell 5 line 2: link "08_gd.ipynb": no such file`},
		{"missing anchor", mdCell("[E](errata.ipynb#11)"), `link "errata.ipynb#11": ` + "errata.ipynb has no anchor #11"},
		{"missing in-page anchor", mdCell("[up](#Title-2)"), `link "#Title-2": this notebook has no anchor #Title-2`},
		{"heading anchor in-page", mdCell("[up](#Title)"), ""},
		{"markdown file", mdCell("[notes](notes.md)"), `link "notes.md": a Markdown file, which the Notebook server shows as raw text`},
		{"missing image", mdCell("![f](fig.png)"), `link "fig.png": no such file`},
		{"link in code span", mdCell("`[08](08_gd.ipynb)`"), ""},
		{"web link", mdCell("[go](https://go.dev/x)"), ""},
		{"check lines", codeCell("%%", "✓ a\n✓ b\n"), "check lines are 3 of 6 printed lines (50%), want under a third"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := lintFixture(t, goodNotebook(c.cell), lintFiles)
			got := strings.Join(r.Problems, "\n")
			if c.want == "" {
				if got != "" {
					t.Fatalf("want no problem, got:\n%s", got)
				}
				return
			}
			if len(r.Problems) != 1 || !strings.Contains(got, c.want) {
				t.Errorf("problems:\n%s\nwant one containing %q", got, c.want)
			}
		})
	}
}

func TestLintFirstCellAndKernelspec(t *testing.T) {
	nb := goodNotebook()
	nb.cells()[1]["source"] = "%env GOPROXY off\n!*R=$(pwd)"
	nb["metadata"] = map[string]any{"kernelspec": map[string]any{"name": "python3"}}
	r := lintFixture(t, nb, lintFiles)
	got := strings.Join(r.Problems, "\n")
	for _, want := range []string{"cell 2: not the shared first cell; run `go run ./cmd/nbrun firstcell",
		"kernelspec is map[name:python3], want GoNB's"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems:\n%s\nwant %q", got, want)
		}
	}
}

// TestSharedFirstCellFitsTheLimits: the canonical cell is exempt from no
// rule.
func TestSharedFirstCellFitsTheLimits(t *testing.T) {
	rep := lintReport{}
	lintCode(sharedFirstCell, 1, &rep)
	lintControls(sharedFirstCell, "code", 1, &rep)
	if len(rep.Problems) > 0 {
		t.Errorf("the shared first cell breaks the lint: %v", rep.Problems)
	}
}

// TestFirstCellRewritesOnlyTheFirstCodeCell applies `nbrun firstcell` to a
// notebook with an old first cell: only that cell's source changes, and a
// second run changes no byte.
func TestFirstCellRewritesOnlyTheFirstCodeCell(t *testing.T) {
	nb := goodNotebook()
	nb.cells()[1]["source"] = []any{"%env GOPROXY off\n", "!*old"}
	dir := t.TempDir()
	path := filepath.Join(dir, "nb.ipynb")
	data, _ := nb.encode()
	os.WriteFile(path, data, 0o644)
	if err := applyFirstCell([]string{path}); err != nil {
		t.Fatal(err)
	}
	got, _ := readNotebook(path)
	want := goodNotebook()
	want.cells()[1]["source"] = lines(sharedFirstCell)
	wantData, _ := want.encode()
	gotData, _ := os.ReadFile(path)
	if string(gotData) != string(wantData) {
		t.Errorf("rewritten notebook:\n%s\nwant:\n%s", gotData, wantData)
	}
	if source(got.cells()[1]) != sharedFirstCell {
		t.Errorf("first cell is %q", source(got.cells()[1]))
	}
	if err := applyFirstCell([]string{path}); err != nil {
		t.Fatal(err)
	}
	again, _ := os.ReadFile(path)
	if string(again) != string(gotData) {
		t.Errorf("second run changed the notebook")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left temporary files: %v", entries)
	}
}

// TestLintFailsOnTodays07 lints a copy of notebook 07 as it was when the
// review found its broken formulas (cells 12, 18, 20 counted from 1; 11,
// 17, 19 from 0).
func TestLintFailsOnTodays07(t *testing.T) {
	r := lintNotebook(fixture("broken_07.ipynb"))
	got := strings.Join(r.Problems, "\n")
	for _, want := range []string{
		"cell 12 (markdown) line 7 column 2: control character BEL",
		"cell 18 (markdown) line 4 column 40: control character FF (\\f — a LaTeX \\frac lost its backslash?)",
		"cell 20 (markdown) line 12 column 32: control character FF",
		"cell 20 (markdown) line 30 column 24: control character TAB",
		"check lines are 45 of 87 printed lines",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lint of today's 07 does not say %q:\n%s", want, got)
		}
	}
}

// TestFirstCellKeepsOtherBytes applies firstcell to a notebook that another
// tool wrote (keys out of order, two-space indent, a string source): only
// the first code cell's source changes, every other byte stays.
// TestFirstCellSkipsReferencePages: `nbrun firstcell notebooks/*.ipynb`
// passes over the errata and notation pages (no code cell) unchanged.
func TestFirstCellSkipsReferencePages(t *testing.T) {
	page := "{\"cells\": [{\"cell_type\": \"markdown\", \"source\": \"# Errata\", \"metadata\": {}}],\n" +
		" \"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}}\n"
	path := filepath.Join(t.TempDir(), "errata.ipynb")
	os.WriteFile(path, []byte(page), 0o644)
	if err := applyFirstCell([]string{path}); err != nil {
		t.Fatalf("a page without code cells: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != page {
		t.Errorf("the page changed:\n%s", got)
	}
}

func TestFirstCellKeepsOtherBytes(t *testing.T) {
	head := "{\n  \"cells\": [\n    {\"cell_type\": \"markdown\", \"source\": [\"# T\"], \"metadata\": {}, \"id\": \"a\"},\n" +
		"    {\"cell_type\": \"code\", "
	tail := ", \"id\": \"b\", \"metadata\": {}, \"outputs\": [], \"execution_count\": null},\n" +
		"    {\"cell_type\": \"code\", \"source\": \"%env GOPROXY off\", \"metadata\": {}, \"outputs\": []}\n" +
		"  ],\n  \"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}\n}\n"
	old := head + `"source": "%env GOPROXY off\n!*R=old"` + tail
	path := filepath.Join(t.TempDir(), "nb.ipynb")
	os.WriteFile(path, []byte(old), 0o644)
	if err := applyFirstCell([]string{path}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(got), head+`"source": [`) || !strings.HasSuffix(string(got), tail) {
		t.Fatalf("bytes around the first cell changed:\n%s", got)
	}
	nb, err := decodeNotebook(got)
	if err != nil {
		t.Fatal(err)
	}
	if source(nb.cells()[1]) != sharedFirstCell || source(nb.cells()[2]) != "%env GOPROXY off" {
		t.Errorf("cells after firstcell: %q, %q", source(nb.cells()[1]), source(nb.cells()[2]))
	}
}

// TestLintNeverExecuted: a code cell committed without an execution count
// (a generator rewrote the notebook after its last write) is named; one
// tagged skip-headless is not.
func TestLintNeverExecuted(t *testing.T) {
	src, err := os.ReadFile(fixture("skip_headless.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	nb, err := decodeNotebook(src)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i, c := range nb.cells() {
		if cellType(c) != "code" || strings.TrimSpace(source(c)) == "" {
			continue
		}
		c["execution_count"] = nil
		skipped := false
		for _, tag := range tags(c) {
			skipped = skipped || tag == "skip-headless"
		}
		if !skipped {
			want = append(want, fmt.Sprintf("cell %d: never executed", i+1))
		}
	}
	if len(want) == 0 {
		t.Fatal("fixture has no code cell to run")
	}
	data, _ := nb.encode()
	path := filepath.Join(t.TempDir(), "unrun.ipynb")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(lintNotebook(path).Problems, "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("lint does not say %q:\n%s", w, got)
		}
	}
	if strings.Count(got, "never executed") != len(want) {
		t.Errorf("lint names %d unexecuted cells, want %d (skip-headless cells are exempt):\n%s",
			strings.Count(got, "never executed"), len(want), got)
	}
}

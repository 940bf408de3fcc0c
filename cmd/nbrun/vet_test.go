package main

import (
	"strings"
	"testing"
)

// TestVetFixtures: the lint's go vet finds, in a notebook's Go assembled as
// GoNB assembles it, vet's findings and compile errors and the two style
// rules, each at its cell and line; a notebook using GoNB's features (a
// command joined over two lines, declarations kept across cells, one
// replaced by a later cell, an indented !expr, %test, an import added by
// goimports) passes.
func TestVetFixtures(t *testing.T) {
	repo, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	ok, fails, undef := fixture("vet_ok.ipynb"), fixture("vet_fails.ipynb"), fixture("vet_undefined.ipynb")
	got, err := vetNotebooks(repo, []string{ok, fails, undef})
	if err != nil {
		t.Fatal(err)
	}
	if len(got[ok]) > 0 {
		t.Errorf("vet_ok: %s", strings.Join(got[ok], "\n"))
	}
	want := []string{
		"cell 2 line 2: errors hides the standard package errors from every later cell: rename it",
		"cell 4 line 3: map[bool]…{…}[cond] chooses a value: write an if",
		"cell 2 line 5: go vet: fmt.Printf format %d has arg \"three\" of wrong type string",
	}
	if g, w := strings.Join(got[fails], "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("vet_fails:\n%s\nwant:\n%s", g, w)
	}
	// A compile error is the package's one finding: vet checks code that
	// type-checks.
	if g, w := strings.Join(got[undef], "\n"), "cell 3 line 3: go vet: undefined: undefinedName"; g != w {
		t.Errorf("vet_undefined: %s, want %s", g, w)
	}
}

// TestSplitGoCell: GoNB's commands are blanked, lines keep their numbers,
// and %% starts main's body.
func TestSplitGoCell(t *testing.T) {
	decls, body, at, ok := splitGoCell("%env A 1\n!a \\\nb\nvar x int\n  !y\n%%\nx++\n!z\n")
	if decls != "\n\n\nvar x int\n  !y" || body != "x++\n\n" || at != 6 || !ok {
		t.Errorf("got decls %q, body %q at line %d (%v)", decls, body, at, ok)
	}
	if _, _, _, ok := splitGoCell("%%%x\nfunc f() {}"); ok {
		t.Errorf("%q read as %%%%", "%%%x")
	}
}

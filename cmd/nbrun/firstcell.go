package main

import (
	"fmt"
	"strings"
)

// sharedFirstCell is the one text of the code cell every notebook starts
// with; the lint compares each notebook's first code cell with it and
// `nbrun firstcell` writes it.
//
// GoNB runs `!*` lines in the cell's own temporary Go module folder, and
// joins a line ending in `\` with the next (with a space), so the command is
// one bash line cut to fit 95 columns. It finds the repository that holds
// the notebook (the go.mod above $GONB_DIR). When that is not the course
// (the notebook was copied elsewhere, `go env GOMOD` then says /dev/null) it
// says so in one line and fails; otherwise it makes the module require
// gomlp.dev, replaces it with the repository and copies its go.sum, so every
// dependency resolves to the course's pinned versions without downloading
// (`%env GOPROXY off`).
var sharedFirstCell = strings.Join([]string{
	`%env GOPROXY off`,
	`!*R=$(cd "$GONB_DIR" && dirname "$(go env GOMOD)"); \`,
	`if ! grep -qx 'module gomlp.dev' "$R/go.mod" 2>/dev/null; then \`,
	`echo "This notebook must stay inside the course folder: it uses the course's packages." >&2; \`,
	`exit 1; fi; \`,
	`go mod edit -require=gomlp.dev@v0.0.0 -replace=gomlp.dev="$R" && cp "$R/go.sum" .`,
}, "\n")

// firstCodeCell is the index of a notebook's first code cell, or -1.
func firstCodeCell(nb notebook) int {
	for i, c := range nb.cells() {
		if cellType(c) == "code" {
			return i
		}
	}
	return -1
}

// setFirstCell replaces the source of the notebook's first code cell with
// the shared first cell and reports whether it changed. Outputs stay: the
// cell prints the same line.
func setFirstCell(nb notebook) (bool, error) {
	i := firstCodeCell(nb)
	if i < 0 {
		return false, fmt.Errorf("no code cell to hold the shared first cell")
	}
	c := nb.cells()[i]
	if source(c) == sharedFirstCell {
		return false, nil
	}
	c["source"] = lines(sharedFirstCell)
	return true, nil
}

// applyFirstCell rewrites the shared first cell of each notebook in place
// (temporary file and rename), touching no other cell.
func applyFirstCell(paths []string) error {
	for _, p := range paths {
		nb, err := readNotebook(p)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		changed, err := setFirstCell(nb)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if !changed {
			fmt.Printf("%s: first cell already current\n", rel(p))
			continue
		}
		data, err := nb.encode()
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if err := writeFileAtomic(p, data); err != nil {
			return fmt.Errorf("%s: nothing written: %w", p, err)
		}
		fmt.Printf("%s: first cell rewritten\n", rel(p))
	}
	return nil
}

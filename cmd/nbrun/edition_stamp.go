package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"gomlp.dev/internal/atomicfile"
)

// `nbrun edition` is the translators' tool:
//
//	nbrun edition status NOTEBOOK...        each translated cell: current, stale, unstamped
//	nbrun edition stamp -cell N[,M] NOTEBOOK  record that cells N, M say what their English twins say now
//	nbrun edition stamp -new NOTEBOOK         the same for every cell that has no record yet
//
// A stamp is a person's word that a translation is current, so the tool
// never stamps a stale cell on its own: -new skips cells that carry an
// older record (their English changed since they were translated; each is
// stamped by naming it with -cell, after reading the change), and a cell
// equal to its English twin needs no stamp.

const editionUsage = `usage: nbrun edition status NOTEBOOK...
       nbrun edition stamp -cell N[,M...] NOTEBOOK
       nbrun edition stamp -new NOTEBOOK

A translated notebook (notebooks/es/X.ipynb, exercises/Y/Y.es.ipynb)
records in each translated cell the SHA-256 of the English cell it
translates (metadata gomlp.en_sha256); the lint fails when the English cell
has changed since.

  status  list each cell's state: current, stale (the English changed:
          bring the translation in line, then stamp it), unstamped, or a
          copy (equal to its English twin, needs no stamp)
  stamp   record the English cells' current hashes:
          -cell N[,M...]  the cells named (numbered from 1, as the lint
                          names them), after a person has checked them
          -new            every cell without a record (a first
                          translation); never a stale one
`

// editionMain runs `nbrun edition …` and returns the exit code.
func editionMain(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, editionUsage)
		return 2
	}
	if args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, editionUsage)
		return 0
	}
	switch args[0] {
	case "status":
		if len(args) < 2 {
			fmt.Fprint(stderr, editionUsage)
			return 2
		}
		failed := 0
		for _, p := range args[1:] {
			states, err := cellStates(p)
			if err != nil {
				fmt.Fprintf(stderr, "nbrun edition: %s: %v\n", rel(p), err)
				failed++
				continue
			}
			fmt.Fprintf(stdout, "%s\n", rel(p))
			for _, s := range states {
				fmt.Fprintf(stdout, "  cell %2d  %-10s %s\n", s.cell, s.state, s.english)
				if s.state == stateStale || s.state == stateUnstamped {
					failed++
				}
			}
		}
		return exitCode(failed)
	case "stamp":
		fs := flag.NewFlagSet("nbrun edition stamp", flag.ContinueOnError)
		fs.SetOutput(stderr)
		cellList := fs.String("cell", "", "the cells to stamp, `N[,M...]`, numbered from 1")
		all := fs.Bool("new", false, "stamp every cell that has no record yet (never a stale one)")
		fs.Usage = func() { fmt.Fprint(stderr, editionUsage) }
		if err := fs.Parse(args[1:]); err != nil {
			return 2
		}
		if fs.NArg() != 1 || (*cellList == "") == !*all {
			fmt.Fprintln(stderr, "nbrun edition stamp: name one notebook and either -cell N[,M...] or -new")
			return 2
		}
		cells, err := parseCells(*cellList)
		if err != nil {
			fmt.Fprintln(stderr, "nbrun edition stamp:", err)
			return 2
		}
		stamped, err := stamp(fs.Arg(0), cells, *all)
		for _, s := range stamped {
			fmt.Fprintln(stdout, s)
		}
		if err != nil {
			fmt.Fprintf(stderr, "nbrun edition stamp: %s: %v\n", rel(fs.Arg(0)), err)
			return 1
		}
		return 0
	}
	fmt.Fprint(stderr, editionUsage)
	return 2
}

func parseCells(list string) ([]int, error) {
	var cells []int
	for _, f := range strings.Split(list, ",") {
		if strings.TrimSpace(f) == "" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("-cell %q: want cell numbers from 1, e.g. -cell 3,7", list)
		}
		cells = append(cells, n)
	}
	return cells, nil
}

const (
	stateCurrent   = "current"
	stateStale     = "stale"
	stateUnstamped = "unstamped"
	stateCopy      = "copy"
	stateFirst     = "first cell"
)

type cellState struct {
	cell    int
	state   string
	english string // the English cell's first line
}

// twinPair reads a translated notebook and its twin, and checks that their
// cells pair up.
func twinPair(path string) (nb, en notebook, err error) {
	lang, twin := editionOf(path)
	if lang == "" {
		return nil, nil, errors.New("not a translation (notebooks/<lang>/X.ipynb or X.<lang>.ipynb)")
	}
	if nb, err = readNotebook(path); err != nil {
		return nil, nil, err
	}
	if en, err = readNotebook(twin); err != nil {
		return nil, nil, fmt.Errorf("its English twin: %w", err)
	}
	var rep lintReport
	if !sameStructure(nb.cells(), en.cells(), rel(twin), &rep) {
		return nil, nil, errors.New(rep.Problems[0])
	}
	return nb, en, nil
}

// cellStates lists the state of each cell of a translation.
func cellStates(path string) ([]cellState, error) {
	nb, en, err := twinPair(path)
	if err != nil {
		return nil, err
	}
	first := firstCodeCell(nb)
	var out []cellState
	for i, c := range nb.cells() {
		e := en.cells()[i]
		s := cellState{cell: i + 1, english: cellTitle(e)}
		switch h := recordedHash(c); {
		case i == first:
			s.state = stateFirst
		case source(c) == source(e):
			s.state = stateCopy
		case h == "":
			s.state = stateUnstamped
		case h == enHash(e):
			s.state = stateCurrent
		default:
			s.state = stateStale
		}
		out = append(out, s)
	}
	return out, nil
}

// stamp records the English hashes of the cells named, or with all of every
// unstamped cell, and writes the notebook (temporary file and rename,
// nothing if it changed meanwhile). It returns a line per cell stamped.
func stamp(path string, cells []int, all bool) ([]string, error) {
	orig, err := readNotebookFile(path)
	if err != nil {
		return nil, err
	}
	nb, en, err := twinPair(path)
	if err != nil {
		return nil, err
	}
	states, err := cellStates(path)
	if err != nil {
		return nil, err
	}
	var todo []int
	var notes []string
	if all {
		for _, s := range states {
			switch s.state {
			case stateUnstamped:
				todo = append(todo, s.cell)
			case stateStale:
				notes = append(notes, fmt.Sprintf("cell %d is stale, not stamped: the English %q changed since it "+
					"was translated; bring it in line, then stamp it with -cell %d", s.cell, s.english, s.cell))
			}
		}
	}
	for _, n := range cells {
		if n > len(states) {
			return nil, fmt.Errorf("cell %d: the notebook has %d cells", n, len(states))
		}
		switch states[n-1].state {
		case stateFirst:
			return nil, fmt.Errorf("cell %d is the edition's shared first cell: it is not translated", n)
		case stateCopy:
			return nil, fmt.Errorf("cell %d is equal to its English twin: a copy needs no stamp", n)
		}
		todo = append(todo, n)
	}
	var done []string
	for _, n := range todo {
		c, e := nb.cells()[n-1], en.cells()[n-1]
		md, _ := c["metadata"].(map[string]any)
		if md == nil {
			md = map[string]any{}
		}
		g, _ := md["gomlp"].(map[string]any)
		if g == nil {
			g = map[string]any{}
		}
		g["en_sha256"] = enHash(e)
		md["gomlp"] = g
		c["metadata"] = md
		done = append(done, fmt.Sprintf("cell %d stamped (%s): the English %q", n, states[n-1].state, cellTitle(e)))
	}
	if len(done) == 0 {
		return notes, nil
	}
	data, err := spliceNotebook(orig, nb)
	if err != nil {
		return nil, err
	}
	if err := atomicfile.WriteFileIfUnchanged(path, orig, data, 0o644); err != nil {
		return nil, fmt.Errorf("nothing written: %w", err)
	}
	return append(done, notes...), nil
}

// editionCommand is main's entry for `nbrun edition`.
func editionCommand(args []string) int { return editionMain(args, os.Stdout, os.Stderr) }

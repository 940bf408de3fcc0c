// Command nbrun executes the course's notebooks headless with the GoNB
// kernel and fails, naming notebook and cell, when a cell fails.
//
// Usage:
//
//	go run ./cmd/nbrun [flags] run|check|write [NOTEBOOK.ipynb ...]
//
// Every notebook runs from its own folder, cell by cell, with a per-cell
// timeout. A cell fails on an error output (a compile error, a program that
// failed), a panic, or a `!` shell command that exited non-zero. Cells tagged
// skip-headless (widgets, which need a browser) are not run.
//
//	run    execute and judge only
//	check  also compare the fresh outputs with the committed ones: text after
//	       masking temporary paths, durations and addresses; images within a
//	       small pixel tolerance. Any drift fails.
//	write  store the fresh outputs in the notebook, with clean metadata; cells
//	       whose outputs match the committed ones keep them, so a second
//	       write changes no byte
//
// With no notebook named, it runs notebooks/*.ipynb and exercises/*/*.ipynb.
// Jupyter comes from Debian's packages (nbclient under /usr/bin/python3);
// `./course setup` installs it and registers the kernel.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func main() {
	o := options{}
	flag.StringVar(&o.kernel, "kernel", "gonb", "Jupyter kernel `name`")
	flag.StringVar(&o.python, "python", envOr("JUPYTER_PYTHON", "/usr/bin/python3"), "the Python that has Jupyter's nbclient")
	flag.DurationVar(&o.cellTimeout, "timeout", 5*time.Minute, "time limit for one cell")
	flag.StringVar(&o.skipTag, "skip-tag", "skip-headless", "cells with this tag are not run")
	flag.BoolVar(&o.verbose, "v", false, "show the kernel's log")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: nbrun [flags] run|check|write [NOTEBOOK.ipynb ...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 || (args[0] != "run" && args[0] != "check" && args[0] != "write") {
		flag.Usage()
		os.Exit(2)
	}
	o.mode = args[0]
	repo, err := repoRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "nbrun:", err)
		os.Exit(2)
	}
	o.repo = repo
	paths := args[1:]
	if len(paths) == 0 {
		paths = courseNotebooks(repo)
	}
	if len(paths) == 0 {
		fmt.Fprintln(os.Stderr, "nbrun: no notebooks to run")
		os.Exit(2)
	}
	failed := 0
	for _, p := range paths {
		res := runNotebook(p, o)
		printResult(os.Stdout, res, o.mode)
		if res.failed() {
			failed++
		}
	}
	fmt.Printf("notebooks: %d passed, %d failed\n", len(paths)-failed, failed)
	if failed > 0 {
		os.Exit(1)
	}
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// repoRoot is the folder of the go.mod above the working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory: run nbrun inside the course's repository")
		}
		dir = parent
	}
}

func courseNotebooks(repo string) []string {
	var paths []string
	for _, pattern := range []string{"notebooks/*.ipynb", "exercises/*/*.ipynb"} {
		m, _ := filepath.Glob(filepath.Join(repo, pattern))
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	return paths
}

func printResult(w io.Writer, r result, mode string) {
	status := "PASS"
	if r.failed() {
		status = "FAIL"
	}
	extra := ""
	if r.Written {
		extra = ", outputs written"
	}
	fmt.Fprintf(w, "%s %s  %.1fs (kernel start %.1fs%s)\n", status, rel(r.Path), r.Seconds, r.Startup, extra)
	for _, c := range r.Cells {
		switch {
		case c.Skipped:
			fmt.Fprintf(w, "  cell %2d  skipped (skip-headless)  %s\n", c.Index, c.Line)
		default:
			fmt.Fprintf(w, "  cell %2d  %6.2fs  %s\n", c.Index, c.Seconds, c.Line)
		}
		if c.Failure != "" {
			fmt.Fprintf(w, "FAIL %s cell %d (%s): %s\n", rel(r.Path), c.Index, c.Line, indent(c.Failure))
		}
		if c.Drift != "" {
			fmt.Fprintf(w, "FAIL %s cell %d (%s): output drifted from the committed one: %s\n", rel(r.Path), c.Index, c.Line, indent(c.Drift))
		}
	}
	if r.Fatal != "" {
		fmt.Fprintf(w, "FAIL %s: %s\n", rel(r.Path), indent(r.Fatal))
	}
}

func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n      ") }

func rel(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}

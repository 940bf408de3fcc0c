package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommittedStubs fails when exercises/ (or a solution notebook's cells)
// differs from what solutions/ generates: CI's `go test ./...` runs
// `go run ./cmd/stubgen -check`.
func TestCommittedStubs(t *testing.T) {
	diffs, err := run(filepath.Join("..", ".."), true)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diffs {
		t.Errorf("out of date: %s (run `go run ./cmd/stubgen` and commit)", d)
	}
}

// TestStubsHoldNoSolution checks that no stub keeps a solution marker.
func TestStubsHoldNoSolution(t *testing.T) {
	root := filepath.Join("..", "..")
	entries, err := os.ReadDir(filepath.Join(root, "exercises"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		files, _ := filepath.Glob(filepath.Join(root, "exercises", e.Name(), "*.go"))
		for _, f := range files {
			b, _ := os.ReadFile(f)
			if s := string(b); strings.Contains(s, "SOLUTION") {
				t.Errorf("%s holds a solution marker", f)
			}
		}
	}
}

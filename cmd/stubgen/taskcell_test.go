package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gomlp.dev/internal/grading"
)

// TestTaskCellShowsThePointsTable reads each committed exercise notebook
// (and its solution twin): its first cell is the tagged task cell, names
// every test of internal/grading's table with its points and the total,
// and links back to the exercise's course notebook — checked against the
// table itself, not against what stubgen would write.
func TestTaskCellShowsThePointsTable(t *testing.T) {
	root := filepath.Join("..", "..")
	for _, ex := range grading.Table {
		for _, dir := range []string{"exercises", "solutions"} {
			path := filepath.Join(root, dir, ex.Name, ex.Name+".ipynb")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				continue
			}
			nb, err := decodeJSON(data)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			cells, _ := nb["cells"].([]any)
			if len(cells) == 0 || !isTaskCell(cells[0]) {
				t.Errorf("%s: the first cell is not tagged %s", path, taskTag)
				continue
			}
			var src strings.Builder
			for _, l := range cells[0].(map[string]any)["source"].([]any) {
				src.WriteString(l.(string))
			}
			task := src.String()
			for _, p := range ex.Tests {
				if row := fmt.Sprintf("| `%s` | %d |", p.Test, p.Points); !strings.Contains(task, row) {
					t.Errorf("%s: task cell lacks the row %q", path, row)
				}
			}
			if total := fmt.Sprintf("| **total** | **%d** |", ex.Total()); !strings.Contains(task, total) {
				t.Errorf("%s: task cell lacks %q", path, total)
			}
			if back := "(../../notebooks/" + ex.Notebook + ".ipynb)"; !strings.Contains(task, back) {
				t.Errorf("%s: task cell does not link back to %s", path, back)
			}
			if !strings.Contains(task, "## The task") || !strings.Contains(task, "`"+ex.Name+".go`") {
				t.Errorf("%s: task cell does not say what to write", path)
			}
		}
	}
}

// TestSyncTaskCell: the task cell is inserted once, replaced when the
// README changes, and every other byte of the notebook stays.
func TestSyncTaskCell(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.ipynb")
	orig := "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\n    \"## In this notebook\"\n   ]\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"
	os.WriteFile(path, []byte(orig), 0o644)
	for i, readme := range []string{"# Task\n\n| `A` | 2 |\n", "# Task\n\n| `A` | 2 |\n", "# Task\n\n| `A` | 3 |\n"} {
		differs, err := syncTaskCell(path, []byte(readme), false)
		if err != nil {
			t.Fatal(err)
		}
		if want := i != 1; differs != want {
			t.Errorf("round %d: differs = %v, want %v", i, differs, want)
		}
		data, _ := os.ReadFile(path)
		nb, _ := decodeJSON(data)
		cells := nb["cells"].([]any)
		if len(cells) != 2 || !isTaskCell(cells[0]) || !strings.Contains(string(data), strings.TrimSpace(strings.Split(readme, "\n")[2])) {
			t.Errorf("round %d: notebook is\n%s", i, data)
		}
		if !strings.HasSuffix(string(data), orig[strings.Index(orig, "  {\n   \"cell_type\""):]) {
			t.Errorf("round %d: the notebook's own cell or its formatting changed:\n%s", i, data)
		}
	}
	if differs, _ := syncTaskCell(path, []byte("# Task\n\n| `A` | 3 |\n"), true); differs {
		t.Errorf("check after write: differs")
	}
	if differs, _ := syncTaskCell(path, []byte("# Task\n\n| `A` | 4 |\n"), true); !differs {
		t.Errorf("check with a changed README: no difference found")
	}
}

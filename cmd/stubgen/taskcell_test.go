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
//
// The Spanish twins (exercises/X/X.es.ipynb and solutions/X/X.es.ipynb)
// are read the same way, in Spanish: the table's head, the task's heading,
// the link back to the Spanish course notebook.
func TestTaskCellShowsThePointsTable(t *testing.T) {
	root := filepath.Join("..", "..")
	words := map[string]struct{ head, task, back string }{
		"en": {"| test | points |", "## The task", "../../notebooks/"},
		"es": {"| prueba | puntos |", "## La tarea", "../../notebooks/es/"},
	}
	for _, ex := range grading.Table {
		for _, ed := range editions {
			for _, dir := range []string{"exercises", "solutions"} {
				path := filepath.Join(root, dir, ex.Name, ex.Name+ed.suffix)
				checkTaskCell(t, path, ex, words[ed.lang].head, words[ed.lang].task, words[ed.lang].back)
			}
		}
	}
}

// checkTaskCell checks one notebook's task cell (see
// TestTaskCellShowsThePointsTable).
func checkTaskCell(t *testing.T, path string, ex grading.Exercise, head, heading, back string) {
	t.Helper()
	{
		{
			data, err := os.ReadFile(path)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				return
			}
			nb, err := decodeJSON(data)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			cells, _ := nb["cells"].([]any)
			if len(cells) == 0 || !isTaskCell(cells[0]) {
				t.Errorf("%s: the first cell is not tagged %s", path, taskTag)
				return
			}
			var src strings.Builder
			for _, l := range cells[0].(map[string]any)["source"].([]any) {
				src.WriteString(l.(string))
			}
			task := src.String()
			if !strings.Contains(task, head+"\n|---|---|\n") {
				t.Errorf("%s: task cell lacks the table's head %q", path, head)
			}
			for _, p := range ex.Tests {
				if row := fmt.Sprintf("| `%s` | %d |", p.Test, p.Points); !strings.Contains(task, row) {
					t.Errorf("%s: task cell lacks the row %q", path, row)
				}
			}
			if total := fmt.Sprintf("| **total** | **%d** |", ex.Total()); !strings.Contains(task, total) {
				t.Errorf("%s: task cell lacks %q", path, total)
			}
			if back := "(" + back + ex.Notebook + ".ipynb)"; !strings.Contains(task, back) {
				t.Errorf("%s: task cell does not link back to %s", path, back)
			}
			if !strings.Contains(task, heading+"\n") || !strings.Contains(task, "`"+ex.Name+".go`") {
				t.Errorf("%s: task cell does not say what to write (%q, `%s.go`)", path, heading, ex.Name)
			}
		}
	}
}

// TestSyncTaskCellKeepsRecord: a translation's task cell keeps its record
// of the English task (gomlp.en_sha256) when stubgen rewrites it, so that
// nbrun lint can tell when the English task changed.
func TestSyncTaskCellKeepsRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.es.ipynb")
	orig := "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {\n    \"gomlp\": {\n     \"en_sha256\": \"abc\"\n    },\n    \"tags\": [\n     \"exercise-task\"\n    ]\n   },\n   \"source\": [\n    \"# Tarea\"\n   ]\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"
	os.WriteFile(path, []byte(orig), 0o644)
	differs, err := syncTaskCell(path, []byte("# Tarea nueva\n"), false)
	if err != nil || !differs {
		t.Fatalf("differs %v, err %v", differs, err)
	}
	data, _ := os.ReadFile(path)
	if want := strings.Replace(orig, "# Tarea", "# Tarea nueva", 1); string(data) != want {
		t.Errorf("notebook is\n%s\nwant\n%s", data, want)
	}
}

// TestSyncNotebooksTwins: -check reports a Spanish README without its twin
// notebook and a twin notebook without its Spanish README; the English
// edition's rules stay as they were (a README without a notebook is fine).
func TestSyncNotebooksTwins(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"exercises/x", "solutions/x"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	es := editions[1]
	if es.lang != "es" {
		t.Fatalf("editions[1] is %q", es.lang)
	}
	readme := []byte("# Ejercicio\n")
	diffs, err := syncNotebooks(root, "x", es, readme, true)
	if err != nil || len(diffs) != 1 || !strings.Contains(diffs[0], "x.es.ipynb (missing") {
		t.Errorf("a Spanish README without its notebook: %q, %v", diffs, err)
	}
	if diffs, err := syncNotebooks(root, "x", editions[0], []byte("# Exercise\n"), true); err != nil || len(diffs) != 0 {
		t.Errorf("an English README without a notebook: %q, %v", diffs, err)
	}
	nb := "{\n \"cells\": [],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"
	os.WriteFile(filepath.Join(root, "exercises", "x", "x.es.ipynb"), []byte(nb), 0o644)
	diffs, err = syncNotebooks(root, "x", es, nil, true)
	if err != nil || len(diffs) != 1 || !strings.Contains(diffs[0], "no solutions/x/README.es.md") {
		t.Errorf("a Spanish notebook without its README: %q, %v", diffs, err)
	}
	diffs, err = syncNotebooks(root, "x", es, readme, true)
	if err != nil || len(diffs) != 2 {
		t.Errorf("a Spanish notebook without its task cell and solution twin: %q, %v", diffs, err)
	}
	if _, err := syncNotebooks(root, "x", es, readme, false); err != nil {
		t.Fatal(err)
	}
	if diffs, err := syncNotebooks(root, "x", es, readme, true); err != nil || len(diffs) != 0 {
		t.Errorf("after writing: %q, %v", diffs, err)
	}
	if _, err := os.Stat(filepath.Join(root, "solutions", "x", "x.es.ipynb")); err != nil {
		t.Errorf("the solution twin was not written: %v", err)
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

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gomlp.dev/internal/grading"
)

// TestWriteSetAllOrNothing: when grades.csv cannot be replaced (a folder is
// where it should be), results.json is not replaced either.
func TestWriteSetAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	res, csvDir := filepath.Join(dir, "results.json"), filepath.Join(dir, "grades.csv")
	os.WriteFile(res, []byte("old"), 0o644)
	os.Mkdir(csvDir, 0o755)
	err := writeSet(map[string][]byte{res: []byte("new"), csvDir: []byte("new")})
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("writing over a folder: %v", err)
	}
	if b, _ := os.ReadFile(res); string(b) != "old" {
		t.Errorf("results.json is %q after a failed write, want the old one", b)
	}
	// a rename that fails after another succeeded: the first is put back
	os.Remove(csvDir)
	os.WriteFile(csvDir, []byte("old csv"), 0o644)
	calls := 0
	rename = func(from, to string) error {
		if calls++; calls == 2 {
			return os.ErrPermission
		}
		return os.Rename(from, to)
	}
	defer func() { rename = os.Rename }()
	if err := writeSet(map[string][]byte{res: []byte("new"), csvDir: []byte("new")}); err == nil {
		t.Errorf("a failed rename: no error")
	}
	for p, want := range map[string]string{res: "old", csvDir: "old csv"} {
		if b, _ := os.ReadFile(p); string(b) != want {
			t.Errorf("%s is %q after a failed write, want %q", filepath.Base(p), b, want)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("a temporary file is left: %s", e.Name())
		}
	}
}

func TestDuplicateSubmissions(t *testing.T) {
	subs := t.TempDir()
	os.MkdirAll(filepath.Join(subs, "alice", "threshold"), 0o755)
	writeZip(t, filepath.Join(subs, "Alice.zip"), map[string][]byte{"threshold/threshold.go": []byte("package threshold\n")})
	_, err := Submissions(subs, t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "alice/") || !strings.Contains(err.Error(), "Alice.zip") {
		t.Errorf("two submissions for one student: %v", err)
	}
}

func TestCells(t *testing.T) {
	for in, want := range map[string]string{
		"alice": "alice", "=1+2": "'=1+2", "+cmd": "'+cmd", "-2+3": "'-2+3", "@SUM(A1)": "'@SUM(A1)",
		"\tx": "'\tx", "-5": "-5", "a\nb": "a b", "12": "12",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
	taken := map[string]bool{}
	for in, want := range map[string]string{"../etc/passwd": "_etc_passwd.md", "": "student.md", "José": "José.md"} {
		if got := feedbackName(in, taken); got != want {
			t.Errorf("feedbackName(%q) = %q, want %q", in, got, want)
		}
	}
	if a, b := feedbackName("x y", taken), feedbackName("x_y", taken); a == b {
		t.Errorf("two students, one feedback file %s", a)
	}
}

// TestMergeOneStudent: -student puts the new grade in place of the old one
// (or adds it in order) and keeps every other student.
func TestMergeOneStudent(t *testing.T) {
	cfg := Config{Exercises: grading.Table[:2]}
	prev := newResults(cfg, true)
	for _, n := range []string{"ann", "carl"} {
		prev.Students = append(prev.Students, StudentResult{Student: n, Total: 1})
	}
	got := merge(prev, StudentResult{Student: "bob", Total: 7})
	got = merge(got, StudentResult{Student: "carl", Total: 9})
	var names []string
	for _, s := range got.Students {
		names = append(names, s.Student)
	}
	if strings.Join(names, ",") != "ann,bob,carl" || got.Students[1].Total != 7 || got.Students[2].Total != 9 {
		t.Errorf("merged %+v", got.Students)
	}
	dir := t.TempDir()
	b, _ := JSON(prev)
	os.WriteFile(filepath.Join(dir, "results.json"), b, 0o644)
	if _, err := readResults(filepath.Join(dir, "results.json"), cfg); err != nil {
		t.Errorf("reading back: %v", err)
	}
	if _, err := readResults(filepath.Join(dir, "results.json"), Config{Exercises: grading.Table[:3]}); err == nil {
		t.Errorf("merging a run of other exercises: no error")
	}
}

package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The failure paths (a write cut short by a file-size limit leaves the old
// file byte for byte) are tested through the users: mlp's
// TestSaveFileFailedWriteKeepsOldFile and nbrun's write test.

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := WriteFile(path, []byte("one"), 0o600); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("new file: got mode %v, want 0600", fi.Mode().Perm())
	}
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "two" {
		t.Errorf("got %q, want %q", got, "two")
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
		t.Errorf("replaced file: got mode %v, want its old 0640", fi.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("got %d files in the folder, want 1 (no temporary file left)", len(entries))
	}
}

func TestWriteFileMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "folder", "a.txt")
	err := WriteFile(path, []byte("x"), 0o644)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("got %v, want an error naming %s", err, path)
	}
}

// TestWriteFileIfUnchanged: the write happens when the file holds what the
// caller read, and is refused, leaving the file as the other writer left
// it, when it does not (or is gone).
func TestWriteFileIfUnchanged(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nb.ipynb")
	os.WriteFile(path, []byte("read at start"), 0o644)
	if err := WriteFileIfUnchanged(path, []byte("read at start"), []byte("run's copy"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "run's copy" {
		t.Fatalf("got %q", got)
	}
	os.WriteFile(path, []byte("autosaved by Jupyter"), 0o644)
	err := WriteFileIfUnchanged(path, []byte("run's copy"), []byte("second run"), 0o644)
	if !errors.Is(err, ErrChanged) || !strings.Contains(err.Error(), "nothing was written") {
		t.Errorf("got %v, want ErrChanged saying nothing was written", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "autosaved by Jupyter" {
		t.Errorf("the autosaved file was replaced: %q", got)
	}
	os.Remove(path)
	if err := WriteFileIfUnchanged(path, []byte("autosaved by Jupyter"), []byte("x"), 0o644); !errors.Is(err, ErrChanged) {
		t.Errorf("file removed meanwhile: got %v, want ErrChanged", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Errorf("a removed file was written again")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left in the folder: %v", entries)
	}
}

package plots_test

import (
	"bytes"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"testing"

	"gomlp.dev/plots"
)

// TestSave: Save writes the PNG (or, for a .svg name, the SVG) that PNG and
// SVG return; a folder that does not exist is an error (fs.ErrNotExist),
// and a figure that cannot be drawn panics as Show does.
func TestSave(t *testing.T) {
	p := plots.Functions("tanh", -2, 2, plots.Curve{Name: "tanh", F: math.Tanh})
	dir := t.TempDir()
	for name, want := range map[string][]byte{"f.png": plots.PNG(p, 0, 0), "f.svg": plots.SVG(p, 0, 0)} {
		path := filepath.Join(dir, name)
		if err := plots.Save(p, path); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: read %d bytes (%v), want the %d bytes of its renderer", name, len(got), err, len(want))
		}
	}
	err := plots.Save(p, filepath.Join(dir, "no such folder", "f.png"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Save into a missing folder: got %v, want fs.ErrNotExist", err)
	}
	wantPanic(t, "Save: nil figure", func() { plots.Save(nil, filepath.Join(dir, "nil.png")) })
	if _, err := os.Stat(filepath.Join(dir, "nil.png")); err == nil {
		t.Error("a figure that cannot be drawn left a file")
	}
}

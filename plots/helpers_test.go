package plots_test

import (
	"bytes"
	"log"
	"os"
	"path/filepath"
	"testing"

	"gomlp.dev/plots"
)

// save writes f as testdata/<name>.png, as the golden tests expect. The
// golden images are testdata/<name>_golden.png; `go test ./plots -regen`
// renews them (gonum/plot's cmpimg flag): look at every one before committing.
func save(name string, f plots.Figure) {
	img, err := plots.PNG(f, 0, 0)
	if err != nil {
		log.Fatal(err)
	}
	if err := writeFile(filepath.Join("testdata", name+".png"), img); err != nil {
		log.Fatal(err)
	}
}

// sameBytes renders two figures built from the same data and checks that
// the PNGs are identical, byte for byte.
func sameBytes(t *testing.T, build func() (plots.Figure, error)) {
	t.Helper()
	var imgs [2][]byte
	for i := range imgs {
		f, err := build()
		if err != nil {
			t.Fatal(err)
		}
		if imgs[i], err = plots.PNG(f, 0, 0); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(imgs[0], imgs[1]) {
		t.Errorf("two renderings of the same data differ (%d and %d bytes)", len(imgs[0]), len(imgs[1]))
	}
}

// wantError checks that err is a plots: error mentioning want.
func wantError(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one mentioning %q", want)
	}
	msg := err.Error()
	if !bytes.HasPrefix([]byte(msg), []byte("plots: ")) || !bytes.Contains([]byte(msg), []byte(want)) {
		t.Errorf("got error %q, want a plots: error mentioning %q", msg, want)
	}
}

// saveBytes writes a rendered PNG as testdata/<name>.png.
func saveBytes(name string, img []byte) {
	if err := writeFile(filepath.Join("testdata", name+".png"), img); err != nil {
		log.Fatal(err)
	}
}

// writeFile writes data to a temporary file beside path, syncs it and renames
// it over path, so a failed write never leaves a half-written image.
func writeFile(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		return os.Rename(f.Name(), path)
	}
	os.Remove(f.Name())
	return err
}

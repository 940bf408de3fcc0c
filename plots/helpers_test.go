package plots_test

import (
	"bytes"
	"log"
	"path/filepath"
	"testing"

	"gomlp.dev/internal/atomicfile"

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
	if err := atomicfile.WriteFile(filepath.Join("testdata", name+".png"), img, 0o644); err != nil {
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
	if err := atomicfile.WriteFile(filepath.Join("testdata", name+".png"), img, 0o644); err != nil {
		log.Fatal(err)
	}
}

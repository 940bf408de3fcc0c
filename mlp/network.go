package mlp

import (
	"fmt"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// Layer is one dense layer l of a network: n_l units, each connected to the
// n_{l-1} outputs of the layer before, computing
//
//	z{l} = W{l} a{l-1} + b{l},   a{l} = φ(z{l}),
//
// or, for a batch with one example per row, Z{l} = A{l-1}·W{l}ᵀ + 1·b{l}ᵀ.
//
// The layer stores W{l}ᵀ, the matrix that multiplies the batch, rather than
// W{l}: then the product skips the zero inputs (most MNIST pixels), which
// makes training several times faster. Use W to read W{l} and SetW to set it.
type Layer struct {
	// Wt is W{l}ᵀ, n_{l-1} × n_l: column j holds the weights of unit j.
	Wt *mat.Dense
	// B is b{l}, one bias per unit (n_l).
	B *mat.VecDense
	// Act is the activation φ of the layer.
	Act Activation
}

// W returns W{l}, n_l × n_{l-1} (row j holds the weights of unit j), as a
// view of Wt: changing Wt changes it.
func (layer *Layer) W() mat.Matrix { return layer.Wt.T() }

// SetW copies W (n_l × n_{l-1}) into the layer's weights W{l}. It panics
// with an mlp: message if W is nil or its shape is not that of the layer. W
// may hold NaN or ±Inf (to study them); Predict, Forward, Train and Save then
// return an error naming the weight.
func (layer *Layer) SetW(W mat.Matrix) {
	if nilMatrix(W) {
		panic("mlp: SetW of a nil matrix")
	}
	if layer == nil || layer.Wt == nil {
		panic("mlp: SetW on a layer without weights (nil Wt)")
	}
	r, c := W.Dims()
	if rt, ct := layer.Wt.Dims(); r != ct || c != rt {
		panic(fmt.Sprintf("mlp: SetW of a %d×%d matrix on a layer whose W is %d×%d", r, c, ct, rt))
	}
	layer.Wt.Copy(W.T())
}

// Network is a dense feed-forward network (multilayer perceptron) with
// L = len(Layers) layers of weights. Sizes = [n_0, n_1, …, n_L] gives the
// input size n_0 and the width of every layer; Layers[l-1] is layer l
// (Go counts from 0, the lecture from 1); Loss is the loss it is trained with.
//
// Concurrency: a network may be read by many goroutines at once (Predict,
// Cost, Forward, Backward, Save, Clone, NumParams, Params, String), but
// Train, SetW, SetParams, NumericalGradients and GradCheck write its weights
// and must have it to themselves. Train beside Predict on the same network
// is a data race (Predict may read weights half updated); to predict while
// training, train a Clone. See the package doc.
type Network struct {
	Sizes  []int
	Layers []*Layer
	Loss   Loss
}

// Spec describes a network for NewNetwork. Its zero fields mean defaults:
// Hidden = Sigmoid, Output = the loss's own (Identity for MSE, Sigmoid for
// BCE, Softmax for CCE), Loss = MeanSquaredError, Init = InitNielsen.
type Spec struct {
	// Sizes = [n_0, n_1, …, n_L]: the input size, then the width of each
	// layer; the last is the output size K. [2, 4, 1] has one hidden layer
	// of 4 units.
	Sizes []int
	// Hidden is the activation of the hidden layers 1 … L−1.
	Hidden Activation
	// Output is the activation of the output layer L.
	Output Activation
	// Activations, if not nil, gives the activation of every layer 1 … L
	// (len L) and overrides Hidden and Output.
	Activations []Activation
	// Loss is the loss the network is trained with.
	Loss Loss
	// Init draws the starting weights and biases.
	Init Initializer
	// Seed seeds the initialiser: the same Spec gives the same network.
	Seed uint64
}

// Limits on the size of a network, so that a typo or a corrupt model file
// is an error rather than an attempt to allocate terabytes.
const (
	maxWidth  = 1 << 20 // units in one layer
	maxParams = 1 << 26 // weights and biases in all: 64 Mi float64 = 512 MiB
	maxLayers = 1 << 16 // layers L: each costs a few hundred bytes of bookkeeping
)

// NewNetwork returns a network with the layers, activations and loss of s,
// its weights and biases drawn by s.Init from s.Seed. It is an error if there
// are no layers, a width is < 1, an activation is not set, a softmax is not
// the output layer, or the loss does not fit the output activation (ECB
// needs a sigmoid output, ECC a softmax, and a softmax output needs ECC).
func NewNetwork(s Spec) (*Network, error) {
	if err := checkSizes(s.Sizes); err != nil {
		return nil, err
	}
	L := len(s.Sizes) - 1
	loss := s.Loss
	if loss.Name == "" && loss.Example == nil && loss.Delta == nil {
		loss = MeanSquaredError
	}
	acts := s.Activations
	if acts == nil {
		hidden, output := s.Hidden, s.Output
		if hidden.isZero() {
			hidden = Sigmoid
		}
		if output.isZero() {
			output = defaultOutput(loss)
		}
		acts = make([]Activation, L)
		for l := range acts {
			acts[l] = hidden
		}
		acts[L-1] = output
	} else if len(acts) != L {
		return nil, fmt.Errorf("mlp: %d activations for %d layers (sizes %s), want one per layer", len(acts), L, shortSizes(s.Sizes))
	}
	init := s.Init
	if init.WeightStd == nil {
		if init.Name != "" {
			return nil, fmt.Errorf("mlp: initializer %q has no WeightStd", init.Name)
		}
		init = InitNielsen
	}
	n := &Network{Sizes: append([]int(nil), s.Sizes...), Loss: loss}
	for l := 1; l <= L; l++ {
		n.Layers = append(n.Layers, &Layer{
			Wt:  mat.NewDense(s.Sizes[l-1], s.Sizes[l], nil),
			B:   mat.NewVecDense(s.Sizes[l], nil),
			Act: acts[l-1],
		})
	}
	if err := n.check(); err != nil {
		return nil, err
	}
	if err := checkInit(init, s.Sizes); err != nil {
		return nil, err
	}
	initLayers(n.Layers, init, s.Seed)
	return n, nil
}

// defaultOutput is the output activation that goes with a loss.
func defaultOutput(loss Loss) Activation {
	switch loss.Output {
	case Sigmoid.Name:
		return Sigmoid
	case Softmax.Name:
		return Softmax
	}
	return Identity
}

// checkSizes returns an error unless sizes describes at least one layer of
// sensible widths.
func checkSizes(sizes []int) error {
	if len(sizes) < 2 {
		return fmt.Errorf("mlp: sizes %v give zero layers, want [n_0 (inputs), n_1, …, n_L (outputs)] with L ≥ 1", sizes)
	}
	if L := len(sizes) - 1; L > maxLayers {
		return fmt.Errorf("mlp: sizes %s give L = %d layers, want at most %d", shortSizes(sizes), L, maxLayers)
	}
	params := 0
	for l, w := range sizes {
		if w < 1 {
			return fmt.Errorf("mlp: width n_%d = %d in sizes %s, want ≥ 1", l, w, shortSizes(sizes))
		}
		if w > maxWidth {
			return fmt.Errorf("mlp: width n_%d = %d in sizes %s, want ≤ %d", l, w, shortSizes(sizes), maxWidth)
		}
		if l > 0 {
			params += w * (sizes[l-1] + 1)
			if params > maxParams {
				return fmt.Errorf("mlp: sizes %s need more than %d parameters", shortSizes(sizes), maxParams)
			}
		}
	}
	return nil
}

// check returns an error unless n is a usable network: sizes, weight and
// bias shapes agree, activations are set, softmax only at the output, and
// the loss fits the output activation.
func (n *Network) check() error {
	if n == nil {
		return fmt.Errorf("mlp: nil network")
	}
	if err := checkSizes(n.Sizes); err != nil {
		return err
	}
	L := len(n.Layers)
	if L != len(n.Sizes)-1 {
		return fmt.Errorf("mlp: %d layers but sizes %s", L, shortSizes(n.Sizes))
	}
	for l, layer := range n.Layers {
		if layer == nil || layer.Wt == nil || layer.B == nil {
			return fmt.Errorf("mlp: layer %d has no weights or biases", l+1)
		}
		c, r := layer.Wt.Dims()
		if r != n.Sizes[l+1] || c != n.Sizes[l] || layer.B.Len() != n.Sizes[l+1] {
			return fmt.Errorf("mlp: layer %d has W %d×%d and b of %d, want W %d×%d and b of %d (sizes %s)",
				l+1, r, c, layer.B.Len(), n.Sizes[l+1], n.Sizes[l], n.Sizes[l+1], shortSizes(n.Sizes))
		}
		if !layer.Act.valid() {
			return fmt.Errorf("mlp: activation of layer %d is not set (%q has no function); use e.g. mlp.Sigmoid", l+1, layer.Act.Name)
		}
		if layer.Act.Layer != nil && l < L-1 {
			return fmt.Errorf("mlp: %s is the activation of hidden layer %d; it can only be the output layer's", layer.Act.Name, l+1)
		}
	}
	loss, out := n.Loss, n.Layers[L-1].Act
	if loss.Example == nil || loss.Delta == nil {
		return fmt.Errorf("mlp: loss %q has no Example or Delta function", loss.Name)
	}
	if loss.Output != "" && loss.Output != out.Name {
		return fmt.Errorf("mlp: loss %s needs a %s output layer, got %s", loss.Name, loss.Output, out.Name)
	}
	if out.Layer != nil && loss.Output != out.Name {
		return fmt.Errorf("mlp: a %s output layer needs the categorical cross-entropy (cce), got loss %s", out.Name, loss.Name)
	}
	return nil
}

// NumParams returns the number of weights and biases, Σₗ n_l (n_{l-1} + 1);
// 0 for a nil network.
func (n *Network) NumParams() int {
	if n == nil {
		return 0
	}
	p := 0
	for l := 1; l < len(n.Sizes); l++ {
		p += n.Sizes[l] * (n.Sizes[l-1] + 1)
	}
	return p
}

// Clone returns a deep copy of n: training the copy leaves n as it is. The
// clone of a nil network is nil.
func (n *Network) Clone() *Network {
	if n == nil {
		return nil
	}
	c := &Network{Sizes: append([]int(nil), n.Sizes...), Loss: n.Loss}
	for _, layer := range n.Layers {
		c.Layers = append(c.Layers, &Layer{
			Wt:  mat.DenseCopyOf(layer.Wt),
			B:   mat.VecDenseCopyOf(layer.B),
			Act: layer.Act,
		})
	}
	return c
}

// String describes the network in one line, e.g.
// "[784 30 10] sigmoid/sigmoid, loss mse, 23860 parameters"; "<nil>" for a
// nil network. It takes time linear in the number of layers.
func (n *Network) String() string {
	if n == nil {
		return "<nil>"
	}
	var b strings.Builder
	b.WriteByte('[')
	for l, w := range n.Sizes {
		if l > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(w))
	}
	b.WriteString("] ")
	for l, layer := range n.Layers {
		if l > 0 {
			b.WriteByte('/')
		}
		if layer == nil {
			b.WriteString("<nil>")
			continue
		}
		b.WriteString(layer.Act.Name)
	}
	fmt.Fprintf(&b, ", loss %s, %d parameters", n.Loss.Name, n.NumParams())
	return b.String()
}

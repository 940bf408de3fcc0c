package lab

import (
	"math"
	"sync"
	"testing"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
)

// mnist caches MNIST's training images for the tests of this package.
var mnist struct {
	once sync.Once
	d    *mlp.Dataset
	err  error
}

// mnistOrSkip returns the first n MNIST training images, skipping the test
// when MNIST is not in the module cache or with -short.
func mnistOrSkip(t *testing.T, n int) *mlp.Dataset {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: reads MNIST")
	}
	if _, err := data.MNISTDir(); err != nil {
		t.Skipf("MNIST not available (%v)", err)
	}
	mnist.once.Do(func() { mnist.d, _, mnist.err = data.LoadMNIST() })
	if mnist.err != nil {
		t.Fatal(mnist.err)
	}
	return data.Subset(mnist.d, n)
}

func TestNielsenNet(t *testing.T) {
	net := NielsenNet(3, mlp.Sigmoid, mlp.InitNielsen, 1)
	want := []int{784, 30, 30, 30, 10}
	if len(net.Sizes) != len(want) {
		t.Fatalf("sizes %v, want %v", net.Sizes, want)
	}
	for i := range want {
		if net.Sizes[i] != want[i] {
			t.Fatalf("sizes %v, want %v", net.Sizes, want)
		}
	}
	if net.Loss.Name != mlp.BinaryCrossEntropy.Name || net.Layers[3].Act.Name != "sigmoid" {
		t.Errorf("loss %q, output %q; want ECB and sigmoid outputs", net.Loss.Name, net.Layers[3].Act.Name)
	}
	wantPanic(t, "NielsenNet with 0 hidden layers", func() { NielsenNet(0, mlp.Sigmoid, mlp.InitNielsen, 1) }, "lab: ", "NielsenNet with 0 hidden layers, want at least 1")
}

// TestHiddenSpeedsNumerical checks the speeds against central differences
// of the mean loss with respect to each hidden bias.
func TestHiddenSpeedsNumerical(t *testing.T) {
	d := mnistOrSkip(t, 20)
	net := NielsenNet(2, mlp.Sigmoid, mlp.InitNielsen, 3)
	got := HiddenSpeeds(net, d)
	if len(got) != 2 {
		t.Fatalf("%d speeds for 2 hidden layers", len(got))
	}
	const h = 1e-5
	for l := range 2 {
		sum := 0.0
		layer := net.Layers[l]
		b := layer.B()
		for j := range b.Len() {
			v := b.AtVec(j)
			b.SetVec(j, v+h)
			layer.SetB(b)
			up := net.Cost(d.X, d.Y)
			b.SetVec(j, v-h)
			layer.SetB(b)
			down := net.Cost(d.X, d.Y)
			b.SetVec(j, v)
			layer.SetB(b)
			g := (up - down) / (2 * h)
			sum += g * g
		}
		if num := math.Sqrt(sum); math.Abs(num-got[l]) > 1e-6*num {
			t.Errorf("hidden layer %d: speed %v, central differences %v", l+1, got[l], num)
		}
	}
}

func TestTrainingSpeeds(t *testing.T) {
	d := mnistOrSkip(t, 50)
	net := NielsenNet(2, mlp.Sigmoid, mlp.InitNielsen, 1)
	before := HiddenSpeeds(net, d)
	speeds, err := TrainingSpeeds(net, d, 4)
	if err != nil {
		t.Fatal(err)
	}
	if len(speeds) != 4 || len(speeds[0]) != 2 {
		t.Fatalf("got %d epochs of %d speeds, want 4 of 2", len(speeds), len(speeds[0]))
	}
	// Epoch 1's gradient is that of the initial network.
	for l := range 2 {
		if math.Abs(speeds[0][l]-before[l]) > 1e-12*before[l] {
			t.Errorf("epoch 1, layer %d: %v, want the initial network's %v", l+1, speeds[0][l], before[l])
		}
	}
	after := HiddenSpeeds(net, d)
	if after[0] == before[0] {
		t.Error("the network did not change")
	}
}

package mlp_test

import (
	"fmt"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

func ExampleThresholdUnit() {
	// ŷ = φ(b + wᵀx) with the step φ: the hand-set AND gate.
	and := mlp.AND()
	for _, x := range [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}} {
		fmt.Printf("x = %v  z = %4.1f  ŷ = %v\n", x, and.Z(x), and.Output(x))
	}
	// Output:
	// x = [0 0]  z = -1.5  ŷ = 0
	// x = [0 1]  z = -0.5  ŷ = 0
	// x = [1 0]  z = -0.5  ŷ = 0
	// x = [1 1]  z =  0.5  ŷ = 1
}

func ExampleXORNetwork() {
	xor := data.TruthTable("xor")
	layers := mlp.XORNetwork().Forward(xor.X)
	fmt.Println("x1 x2 | OR NAND | XOR")
	for i := range 4 {
		fmt.Printf(" %v  %v |  %v   %v  |  %v\n",
			xor.X.At(i, 0), xor.X.At(i, 1), layers[0].At(i, 0), layers[0].At(i, 1), layers[1].At(i, 0))
	}
	// Output:
	// x1 x2 | OR NAND | XOR
	//  0  0 |  0   1  |  0
	//  0  1 |  1   1  |  1
	//  1  0 |  1   1  |  1
	//  1  1 |  1   0  |  0
}

func ExampleTrainPerceptron() {
	and := data.TruthTable("and")
	p := mlp.TrainPerceptron(and.X, and.Y, mlp.PerceptronOptions{})
	for _, h := range p.History {
		fmt.Printf("epoch %d: %d errors, w = %v, b = %v\n", h.Epoch, h.Errors, h.W, h.B)
	}
	fmt.Println("converged:", p.Converged)
	yHat := p.Predict(and.X)
	fmt.Println("ŷ:", mat.Formatted(yHat.T()))
	// Output:
	// epoch 0: 3 errors, w = [0 0], b = 0
	// epoch 1: 2 errors, w = [1 1], b = 0
	// epoch 2: 3 errors, w = [2 1], b = -1
	// epoch 3: 3 errors, w = [2 1], b = -2
	// epoch 4: 2 errors, w = [2 2], b = -2
	// epoch 5: 1 errors, w = [2 1], b = -3
	// epoch 6: 0 errors, w = [2 1], b = -3
	// converged: true
	// ŷ: [0  0  0  1]
}

func ExampleTrainPerceptron_xor() {
	xor := data.TruthTable("xor")
	opt := mlp.PerceptronOptions{}
	opt.MaxEpochs = 20
	p := mlp.TrainPerceptron(xor.X, xor.Y, opt)
	fmt.Printf("converged: %v after %d epochs\n", p.Converged, p.Epochs())
	// Output:
	// converged: false after 20 epochs
}

package mlp_test

import (
	"bytes"
	"fmt"
	"log"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// A [2, 4, 1] network: two inputs, four tanh hidden units, one sigmoid
// output trained with the binary cross-entropy.
func ExampleNewNetwork() {
	net := mlp.NewNetwork(mlp.Spec{
		Sizes:  []int{2, 4, 1},
		Hidden: mlp.Tanh,
		Loss:   mlp.BinaryCrossEntropy, // the output defaults to its sigmoid
		Init:   mlp.InitGlorot,
		Seed:   1,
	})
	fmt.Println(net)
	r, c := net.Layers[0].W().Dims()
	fmt.Printf("W{1} is %d×%d, b{1} has %d biases\n", r, c, net.Layers[0].B().Len())
	// Output:
	// [2 4 1] tanh/sigmoid, loss bce, 17 parameters
	// W{1} is 4×2, b{1} has 4 biases
}

// The forward pass of a hand-set network on a batch of two examples (rows).
func ExampleNetwork_Forward() {
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 2, 1}, Hidden: mlp.ReLU, Output: mlp.Identity})
	net.Layers[0].SetW(mat.NewDense(2, 2, []float64{1, 1, 1, -1}))
	net.Layers[0].SetB(mat.NewVecDense(2, []float64{0, -1}))
	net.Layers[1].SetW(mat.NewDense(1, 2, []float64{2, 3}))
	net.Layers[1].SetB(mat.NewVecDense(1, []float64{0}))
	tr := net.Forward(mat.NewDense(2, 2, []float64{1, 2, 3, 1}))
	fmt.Printf("Z{1} = %v\n", mat.Formatted(tr.Z[0], mat.Squeeze(), mat.Prefix("       ")))
	fmt.Printf("A{1} = %v\n", mat.Formatted(tr.A[1], mat.Squeeze(), mat.Prefix("       ")))
	fmt.Printf("Ŷ = %v\n", mat.Formatted(tr.Output().T(), mat.Squeeze()))
	// Output:
	// Z{1} = ⎡3  -2⎤
	//        ⎣4   1⎦
	// A{1} = ⎡3  0⎤
	//        ⎣4  1⎦
	// Ŷ = [6  11]
}

// Backpropagation on one example of the slides' network: a sigmoid hidden
// layer, a linear output and the ECM, so δ{2} = ŷ − y.
func ExampleNetwork_Backward() {
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 2, 1}, Hidden: mlp.Sigmoid, Output: mlp.Identity})
	net.Layers[0].SetW(mat.NewDense(2, 2, []float64{0.5, -0.5, 1, 1}))
	net.Layers[1].SetW(mat.NewDense(1, 2, []float64{1, -1}))
	net.Layers[0].SetB(mat.NewVecDense(2, nil)) // no biases, as in the slides
	net.Layers[1].SetB(mat.NewVecDense(1, nil))
	X := mat.NewDense(1, 2, []float64{1, 1})
	Y := mat.NewDense(1, 1, []float64{1})
	tr := net.Forward(X)
	g := net.Backward(tr, Y)
	fmt.Printf("ŷ = %.4f\n", tr.Output().At(0, 0))
	fmt.Printf("δ{2} = ŷ − y = %.4f\n", g.Delta[1].At(0, 0))
	fmt.Printf("δ{1} = %.4f\n", mat.Formatted(g.Delta[0], mat.Squeeze()))
	fmt.Printf("∂L/∂W{2} = %.4f\n", mat.Formatted(g.W[1], mat.Squeeze()))
	fmt.Printf("∂L/∂W{1} = %.4f\n", mat.Formatted(g.W[0], mat.Squeeze(), mat.Prefix("           ")))
	// Output:
	// ŷ = -0.3808
	// δ{2} = ŷ − y = -1.3808
	// δ{1} = [-0.3452  0.1450]
	// ∂L/∂W{2} = [-0.6904  -1.2162]
	// ∂L/∂W{1} = ⎡-0.3452  -0.3452⎤
	//            ⎣ 0.1450   0.1450⎦
}

// Training XOR by full-batch gradient descent.
func ExampleNetwork_Train() {
	xor := data.TruthTable("xor")
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 4, 1}, Hidden: mlp.Tanh, Loss: mlp.BinaryCrossEntropy, Seed: 1})
	h, err := net.Train(xor, mlp.Settings{Epochs: 500, BatchSize: mlp.FullBatch, LearningRate: 1})
	if err != nil {
		log.Fatal(err)
	}
	last := len(h.TrainLoss) - 1
	fmt.Printf("epoch 1: ECB %.3f, accuracy %.2f\n", h.TrainLoss[0], h.TrainAccuracy[0])
	fmt.Printf("epoch %d: ECB %.3f, accuracy %.2f\n", last+1, h.TrainLoss[last], h.TrainAccuracy[last])
	yhat := net.Predict(xor.X)
	fmt.Printf("ŷ = %.2f\n", mat.Formatted(yhat.T(), mat.Squeeze()))
	// Output:
	// epoch 1: ECB 0.823, accuracy 0.50
	// epoch 500: ECB 0.006, accuracy 1.00
	// ŷ = [0.01  0.99  0.99  0.01]
}

// Checking backpropagation against central differences, layer by layer.
func ExampleGradCheck() {
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{3, 5, 3}, Hidden: mlp.Tanh, Loss: mlp.CategoricalCrossEntropy, Seed: 2})
	X := mat.NewDense(2, 3, []float64{0.5, -1, 2, 1, 0, -0.5})
	Y := mat.NewDense(2, 3, []float64{0, 1, 0, 1, 0, 0})
	res := mlp.GradCheck(net, X, Y, 0)
	for _, r := range res {
		fmt.Printf("layer %d: relative error below 1e-8: %v\n", r.Layer, r.RelErr < 1e-8)
	}
	// Output:
	// layer 1: relative error below 1e-8: true
	// layer 2: relative error below 1e-8: true
}

// Saving a network and loading it back.
func ExampleLoad() {
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{1, 1}, Seed: 1})
	net.Layers[0].SetW(mat.NewDense(1, 1, []float64{0.1}))
	net.Layers[0].SetB(mat.NewVecDense(1, []float64{-2.5}))
	var file bytes.Buffer
	if err := net.Save(&file); err != nil {
		log.Fatal(err)
	}
	fmt.Print(file.String())
	loaded, err := mlp.Load(&file)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(loaded, loaded.Layers[0].W().At(0, 0) == 0.1)
	// Output:
	// {
	//   "format": "gomlp.dev/mlp network",
	//   "version": 1,
	//   "sizes": [1,1],
	//   "activations": ["identity"],
	//   "loss": "mse",
	//   "layers": [
	//     {
	//       "W": [
	//         [0.1]
	//       ],
	//       "b": [-2.5]
	//     }
	//   ]
	// }
	// [1 1] identity, loss mse, 2 parameters true
}

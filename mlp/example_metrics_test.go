package mlp_test

import (
	"fmt"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

func ExampleOneHot() {
	Y, _ := mlp.OneHot([]int{2, 0, 1}, 3)
	fmt.Println(mat.Formatted(Y))
	labels, _ := mlp.Labels(Y)
	fmt.Println(labels)
	// Output:
	// ⎡0  0  1⎤
	// ⎢1  0  0⎥
	// ⎣0  1  0⎦
	// [2 0 1]
}

func ExampleConfusionMatrix() {
	truth := []int{0, 0, 1, 1, 2, 2}
	predicted := []int{0, 1, 1, 1, 2, 0}
	cm, _ := mlp.ConfusionMatrix(truth, predicted, 3)
	for _, row := range cm {
		fmt.Println(row)
	}
	// Output:
	// [1 1 0]
	// [0 2 0]
	// [1 0 1]
}

func ExampleAccuracy() {
	Y, _ := mlp.OneHot([]int{0, 1, 2, 2}, 3)
	Yhat := mat.NewDense(4, 3, []float64{
		0.7, 0.2, 0.1, // class 0: right
		0.1, 0.6, 0.3, // class 1: right
		0.5, 0.2, 0.3, // predicted 0, true 2: wrong
		0.1, 0.1, 0.8, // class 2: right
	})
	acc, _ := mlp.Accuracy(Y, Yhat)
	fmt.Println(acc)
	// Output:
	// 0.75
}

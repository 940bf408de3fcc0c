package mlp_test

import (
	"fmt"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

func ExampleOneHot() {
	Y := mlp.OneHot([]int{2, 0, 1}, 3)
	fmt.Println(mat.Formatted(Y))
	labels := mlp.Labels(Y)
	fmt.Println(labels)
	// Output:
	// ⎡0  0  1⎤
	// ⎢1  0  0⎥
	// ⎣0  1  0⎦
	// [2 0 1]
}

func ExampleNewConfusion() {
	truth := []int{0, 0, 1, 1, 2, 2}
	predicted := []int{0, 1, 1, 1, 2, 0}
	c := mlp.NewConfusion(truth, predicted, []string{"cat", "dog", "bird"})
	fmt.Println(c)
	fmt.Println(c.Counts)
	// Output:
	// true \ predicted  cat  dog  bird
	//              cat    1    1     0
	//              dog    0    2     0
	//             bird    1    0     1
	// [[1 1 0] [0 2 0] [1 0 1]]
}

func ExampleAccuracy() {
	Y := mlp.OneHot([]int{0, 1, 2, 2}, 3)
	Yhat := mat.NewDense(4, 3, []float64{
		0.7, 0.2, 0.1, // class 0: right
		0.1, 0.6, 0.3, // class 1: right
		0.5, 0.2, 0.3, // predicted 0, true 2: wrong
		0.1, 0.1, 0.8, // class 2: right
	})
	acc := mlp.Accuracy(Y, Yhat)
	fmt.Println(acc)
	// Output:
	// 0.75
}

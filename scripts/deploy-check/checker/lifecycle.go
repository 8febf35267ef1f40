package main

import (
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// The Kubernetes release whose API these checks know: the minor of the k8s.io/client-go in go.mod
// (v0.37.x is Kubernetes 1.37). client-go still carries the types of beta APIs that servers of
// that release no longer serve, so decoding alone would accept them.
const kubernetesMajor, kubernetesMinor = 1, 37

// Beta API types say in generated methods when they were deprecated and removed.
type deprecated interface{ APILifecycleDeprecated() (major, minor int) }
type removed interface{ APILifecycleRemoved() (major, minor int) }
type replaced interface {
	APILifecycleReplacement() schema.GroupVersionKind
}

func checkLifecycle(r *report, where string, gvk schema.GroupVersionKind, obj runtime.Object) {
	replacement := ""
	if rep, ok := obj.(replaced); ok && !rep.APILifecycleReplacement().Empty() {
		replacement = ", use " + rep.APILifecycleReplacement().GroupVersion().String()
	}
	if rem, ok := obj.(removed); ok && reached(rem.APILifecycleRemoved()) {
		major, minor := rem.APILifecycleRemoved()
		r.finding("%s: %s is no longer served since Kubernetes %d.%d%s", where, gvk.GroupVersion(), major, minor, replacement)
		return
	}
	if dep, ok := obj.(deprecated); ok && reached(dep.APILifecycleDeprecated()) {
		major, minor := dep.APILifecycleDeprecated()
		r.finding("%s: %s is deprecated since Kubernetes %d.%d%s", where, gvk.GroupVersion(), major, minor, replacement)
	}
}

func reached(major, minor int) bool {
	if major == 0 && minor == 0 {
		return false
	}
	return major < kubernetesMajor || (major == kubernetesMajor && minor <= kubernetesMinor)
}

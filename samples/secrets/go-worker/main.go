// Package main uploads invoices to S3 (nhilint sample: every value here is fake).
package main

import (
	"github.com/aws/aws-sdk-go-v2/credentials"
)

const (
	accessKeyID     = "AKIANHILINTSAMPLE4QZ"
	secretAccessKey = "nhilintSAMPLE/9fK2mQx7LpR4vT8wZ3yB6nJ1cD"
)

func provider() credentials.StaticCredentialsProvider {
	return credentials.NewStaticCredentialsProvider(accessKeyID, secretAccessKey, "")
}

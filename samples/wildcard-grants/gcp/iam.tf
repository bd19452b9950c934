resource "google_project_iam_member" "ci" {
  project = "shop-prod"
  role    = "roles/owner"
  member  = "serviceAccount:ci@shop-prod.iam.gserviceaccount.com"
}

resource "google_storage_bucket_iam_binding" "assets" {
  bucket  = google_storage_bucket.assets.name
  role    = "roles/storage.objectViewer"
  members = ["allUsers"]
}

resource "azurerm_role_assignment" "pipeline" {
  scope                = azurerm_resource_group.app.id
  role_definition_name = "Contributor"
  principal_id         = azurerm_user_assigned_identity.pipeline.principal_id
}

resource "azurerm_role_definition" "vm_operator" {
  name  = "vm-operator"
  scope = azurerm_resource_group.app.id

  permissions {
    actions = [
      "Microsoft.Compute/virtualMachines/start/action",
      "Microsoft.Compute/virtualMachines/restart/action",
      "Microsoft.Compute/virtualMachines/read",
    ]
  }

  assignable_scopes = [azurerm_resource_group.app.id]
}

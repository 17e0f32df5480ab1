export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  public: {
    Tables: {
      api_credentials: {
        Row: {
          ciphertext: string
          connection_id: string
          created_at: string
          field: string
          hint: string
          id: string
          key_id: string
          organization_id: string
          updated_at: string
          updated_by: string | null
        }
        Insert: {
          ciphertext: string
          connection_id: string
          created_at?: string
          field: string
          hint: string
          id?: string
          key_id: string
          organization_id: string
          updated_at?: string
          updated_by?: string | null
        }
        Update: {
          ciphertext?: string
          connection_id?: string
          created_at?: string
          field?: string
          hint?: string
          id?: string
          key_id?: string
          organization_id?: string
          updated_at?: string
          updated_by?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "api_credentials_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "api_credentials_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      api_keys: {
        Row: {
          all_connections: boolean
          connection_ids: string[]
          created_at: string
          created_by: string | null
          id: string
          key_hash: string
          last_used_at: string | null
          name: string
          organization_id: string
          prefix: string
          rate_limit_per_minute: number | null
          revoked_at: string | null
          revoked_by: string | null
          used: number
          window_started_at: string | null
        }
        Insert: {
          all_connections?: boolean
          connection_ids?: string[]
          created_at?: string
          created_by?: string | null
          id?: string
          key_hash: string
          last_used_at?: string | null
          name: string
          organization_id: string
          prefix: string
          rate_limit_per_minute?: number | null
          revoked_at?: string | null
          revoked_by?: string | null
          used?: number
          window_started_at?: string | null
        }
        Update: {
          all_connections?: boolean
          connection_ids?: string[]
          created_at?: string
          created_by?: string | null
          id?: string
          key_hash?: string
          last_used_at?: string | null
          name?: string
          organization_id?: string
          prefix?: string
          rate_limit_per_minute?: number | null
          revoked_at?: string | null
          revoked_by?: string | null
          used?: number
          window_started_at?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "api_keys_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      credential_audit_log: {
        Row: {
          action: string
          actor_id: string | null
          actor_type: string
          connection_id: string | null
          created_at: string
          fields: string[]
          id: number
          ip: unknown
          organization_id: string
          purpose: string | null
        }
        Insert: {
          action: string
          actor_id?: string | null
          actor_type: string
          connection_id?: string | null
          created_at?: string
          fields?: string[]
          id?: never
          ip?: unknown
          organization_id: string
          purpose?: string | null
        }
        Update: {
          action?: string
          actor_id?: string | null
          actor_type?: string
          connection_id?: string | null
          created_at?: string
          fields?: string[]
          id?: never
          ip?: unknown
          organization_id?: string
          purpose?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "credential_audit_log_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "credential_audit_log_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      integration_analytics: {
        Row: {
          bucket_start: string
          connection_id: string | null
          duration_histogram: number[]
          error_count: number
          id: number
          max_duration_ms: number
          organization_id: string
          request_bytes: number
          request_count: number
          response_bytes: number
          success_count: number
          total_duration_ms: number
        }
        Insert: {
          bucket_start: string
          connection_id?: string | null
          duration_histogram?: number[]
          error_count?: number
          id?: never
          max_duration_ms?: number
          organization_id: string
          request_bytes?: number
          request_count?: number
          response_bytes?: number
          success_count?: number
          total_duration_ms?: number
        }
        Update: {
          bucket_start?: string
          connection_id?: string | null
          duration_histogram?: number[]
          error_count?: number
          id?: never
          max_duration_ms?: number
          organization_id?: string
          request_bytes?: number
          request_count?: number
          response_bytes?: number
          success_count?: number
          total_duration_ms?: number
        }
        Relationships: [
          {
            foreignKeyName: "integration_analytics_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "integration_analytics_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      integration_connections: {
        Row: {
          base_url_override: string | null
          created_at: string
          created_by: string | null
          environment: Database["public"]["Enums"]["connection_environment"]
          health_status: Database["public"]["Enums"]["health_status"]
          id: string
          last_health_check_at: string | null
          last_used_at: string | null
          name: string
          organization_id: string
          provider_id: string
          settings: NonNullable<Json>
          status: Database["public"]["Enums"]["connection_status"]
          status_reason: string | null
          updated_at: string
        }
        Insert: {
          base_url_override?: string | null
          created_at?: string
          created_by?: string | null
          environment?: Database["public"]["Enums"]["connection_environment"]
          health_status?: Database["public"]["Enums"]["health_status"]
          id?: string
          last_health_check_at?: string | null
          last_used_at?: string | null
          name: string
          organization_id: string
          provider_id: string
          settings?: NonNullable<Json>
          status?: Database["public"]["Enums"]["connection_status"]
          status_reason?: string | null
          updated_at?: string
        }
        Update: {
          base_url_override?: string | null
          created_at?: string
          created_by?: string | null
          environment?: Database["public"]["Enums"]["connection_environment"]
          health_status?: Database["public"]["Enums"]["health_status"]
          id?: string
          last_health_check_at?: string | null
          last_used_at?: string | null
          name?: string
          organization_id?: string
          provider_id?: string
          settings?: NonNullable<Json>
          status?: Database["public"]["Enums"]["connection_status"]
          status_reason?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "integration_connections_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "integration_connections_provider_id_fkey"
            columns: ["provider_id"]
            isOneToOne: false
            referencedRelation: "integration_providers"
            referencedColumns: ["id"]
          },
        ]
      }
      integration_health: {
        Row: {
          checked_at: string
          connection_id: string
          error_class: string | null
          http_status: number | null
          id: number
          latency_ms: number | null
          message: string | null
          organization_id: string
          status: Database["public"]["Enums"]["health_status"]
        }
        Insert: {
          checked_at?: string
          connection_id: string
          error_class?: string | null
          http_status?: number | null
          id?: never
          latency_ms?: number | null
          message?: string | null
          organization_id: string
          status: Database["public"]["Enums"]["health_status"]
        }
        Update: {
          checked_at?: string
          connection_id?: string
          error_class?: string | null
          http_status?: number | null
          id?: never
          latency_ms?: number | null
          message?: string | null
          organization_id?: string
          status?: Database["public"]["Enums"]["health_status"]
        }
        Relationships: [
          {
            foreignKeyName: "integration_health_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "integration_health_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      integration_logs: {
        Row: {
          caller_id: string | null
          caller_type: string | null
          connection_id: string | null
          created_at: string
          duration_ms: number | null
          error_code: string | null
          error_message: string | null
          id: number
          ip: unknown
          log_type: string
          method: string | null
          organization_id: string
          path: string | null
          request_body: string | null
          request_bytes: number | null
          request_headers: Json | null
          response_body: string | null
          response_bytes: number | null
          response_headers: Json | null
          status_code: number | null
        }
        Insert: {
          caller_id?: string | null
          caller_type?: string | null
          connection_id?: string | null
          created_at?: string
          duration_ms?: number | null
          error_code?: string | null
          error_message?: string | null
          id?: never
          ip?: unknown
          log_type: string
          method?: string | null
          organization_id: string
          path?: string | null
          request_body?: string | null
          request_bytes?: number | null
          request_headers?: Json | null
          response_body?: string | null
          response_bytes?: number | null
          response_headers?: Json | null
          status_code?: number | null
        }
        Update: {
          caller_id?: string | null
          caller_type?: string | null
          connection_id?: string | null
          created_at?: string
          duration_ms?: number | null
          error_code?: string | null
          error_message?: string | null
          id?: never
          ip?: unknown
          log_type?: string
          method?: string | null
          organization_id?: string
          path?: string | null
          request_body?: string | null
          request_bytes?: number | null
          request_headers?: Json | null
          response_body?: string | null
          response_bytes?: number | null
          response_headers?: Json | null
          status_code?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "integration_logs_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "integration_logs_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      integration_providers: {
        Row: {
          auth_scheme: Database["public"]["Enums"]["provider_auth_scheme"]
          category: Database["public"]["Enums"]["provider_category"]
          created_at: string
          credential_fields: NonNullable<Json>
          description: string
          docs_url: string | null
          health_check: NonNullable<Json>
          id: string
          is_active: boolean
          name: string
          production_base_url: string
          rate_limits: NonNullable<Json>
          sandbox_base_url: string | null
          slug: string
          updated_at: string
          webhook_signature: NonNullable<Json>
        }
        Insert: {
          auth_scheme: Database["public"]["Enums"]["provider_auth_scheme"]
          category: Database["public"]["Enums"]["provider_category"]
          created_at?: string
          credential_fields: NonNullable<Json>
          description: string
          docs_url?: string | null
          health_check: NonNullable<Json>
          id?: string
          is_active?: boolean
          name: string
          production_base_url: string
          rate_limits?: NonNullable<Json>
          sandbox_base_url?: string | null
          slug: string
          updated_at?: string
          webhook_signature: NonNullable<Json>
        }
        Update: {
          auth_scheme?: Database["public"]["Enums"]["provider_auth_scheme"]
          category?: Database["public"]["Enums"]["provider_category"]
          created_at?: string
          credential_fields?: NonNullable<Json>
          description?: string
          docs_url?: string | null
          health_check?: NonNullable<Json>
          id?: string
          is_active?: boolean
          name?: string
          production_base_url?: string
          rate_limits?: NonNullable<Json>
          sandbox_base_url?: string | null
          slug?: string
          updated_at?: string
          webhook_signature?: NonNullable<Json>
        }
        Relationships: []
      }
      notification_email_settings: {
        Row: {
          enabled: boolean
          from_email: string
          min_severity: string
          organization_id: string
          recipients: string[]
          sendgrid_connection_id: string | null
          updated_at: string
          updated_by: string | null
        }
        Insert: {
          enabled?: boolean
          from_email: string
          min_severity?: string
          organization_id: string
          recipients?: string[]
          sendgrid_connection_id?: string | null
          updated_at?: string
          updated_by?: string | null
        }
        Update: {
          enabled?: boolean
          from_email?: string
          min_severity?: string
          organization_id?: string
          recipients?: string[]
          sendgrid_connection_id?: string | null
          updated_at?: string
          updated_by?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "notification_email_settings_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: true
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notification_email_settings_sendgrid_connection_id_fkey"
            columns: ["sendgrid_connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
        ]
      }
      notification_emails: {
        Row: {
          attempts: number
          created_at: string
          id: number
          last_error: string | null
          next_attempt_at: string
          notification_id: string
          organization_id: string
          sent_at: string | null
          status: string
        }
        Insert: {
          attempts?: number
          created_at?: string
          id?: never
          last_error?: string | null
          next_attempt_at?: string
          notification_id: string
          organization_id: string
          sent_at?: string | null
          status?: string
        }
        Update: {
          attempts?: number
          created_at?: string
          id?: never
          last_error?: string | null
          next_attempt_at?: string
          notification_id?: string
          organization_id?: string
          sent_at?: string | null
          status?: string
        }
        Relationships: [
          {
            foreignKeyName: "notification_emails_notification_id_fkey"
            columns: ["notification_id"]
            isOneToOne: true
            referencedRelation: "notifications"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notification_emails_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      notifications: {
        Row: {
          body: string | null
          connection_id: string | null
          created_at: string
          dedupe_key: string | null
          id: string
          kind: string
          organization_id: string
          read_at: string | null
          read_by: string | null
          severity: string
          title: string
        }
        Insert: {
          body?: string | null
          connection_id?: string | null
          created_at?: string
          dedupe_key?: string | null
          id?: string
          kind: string
          organization_id: string
          read_at?: string | null
          read_by?: string | null
          severity?: string
          title: string
        }
        Update: {
          body?: string | null
          connection_id?: string | null
          created_at?: string
          dedupe_key?: string | null
          id?: string
          kind?: string
          organization_id?: string
          read_at?: string | null
          read_by?: string | null
          severity?: string
          title?: string
        }
        Relationships: [
          {
            foreignKeyName: "notifications_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notifications_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      oauth_states: {
        Row: {
          connection_id: string
          created_at: string
          expires_at: string
          id: string
          key_id: string
          organization_id: string
          redirect_to: string
          redirect_uri: string
          state_hash: string
          used_at: string | null
          user_id: string
          verifier_ciphertext: string
        }
        Insert: {
          connection_id: string
          created_at?: string
          expires_at?: string
          id?: string
          key_id: string
          organization_id: string
          redirect_to: string
          redirect_uri: string
          state_hash: string
          used_at?: string | null
          user_id: string
          verifier_ciphertext: string
        }
        Update: {
          connection_id?: string
          created_at?: string
          expires_at?: string
          id?: string
          key_id?: string
          organization_id?: string
          redirect_to?: string
          redirect_uri?: string
          state_hash?: string
          used_at?: string | null
          user_id?: string
          verifier_ciphertext?: string
        }
        Relationships: [
          {
            foreignKeyName: "oauth_states_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "oauth_states_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      oauth_token_cache: {
        Row: {
          cache_key: string
          ciphertext: string
          connection_id: string | null
          expires_at: string
          key_id: string
          updated_at: string
        }
        Insert: {
          cache_key: string
          ciphertext: string
          connection_id?: string | null
          expires_at: string
          key_id: string
          updated_at?: string
        }
        Update: {
          cache_key?: string
          ciphertext?: string
          connection_id?: string | null
          expires_at?: string
          key_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "oauth_token_cache_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
        ]
      }
      oauth_token_status: {
        Row: {
          access_token_expires_at: string | null
          connection_id: string
          granted_at: string
          granted_by: string | null
          last_refreshed_at: string | null
          organization_id: string
          refresh_token_expires_at: string | null
          renewable: boolean
          scopes: string[]
          updated_at: string
        }
        Insert: {
          access_token_expires_at?: string | null
          connection_id: string
          granted_at?: string
          granted_by?: string | null
          last_refreshed_at?: string | null
          organization_id: string
          refresh_token_expires_at?: string | null
          renewable?: boolean
          scopes?: string[]
          updated_at?: string
        }
        Update: {
          access_token_expires_at?: string | null
          connection_id?: string
          granted_at?: string
          granted_by?: string | null
          last_refreshed_at?: string | null
          organization_id?: string
          refresh_token_expires_at?: string | null
          renewable?: boolean
          scopes?: string[]
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "oauth_token_status_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: true
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "oauth_token_status_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      organization_members: {
        Row: {
          created_at: string
          organization_id: string
          role: Database["public"]["Enums"]["org_role"]
          user_id: string
        }
        Insert: {
          created_at?: string
          organization_id: string
          role?: Database["public"]["Enums"]["org_role"]
          user_id: string
        }
        Update: {
          created_at?: string
          organization_id?: string
          role?: Database["public"]["Enums"]["org_role"]
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "organization_members_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      organizations: {
        Row: {
          created_at: string
          id: string
          name: string
          slug: string
          updated_at: string
        }
        Insert: {
          created_at?: string
          id?: string
          name: string
          slug: string
          updated_at?: string
        }
        Update: {
          created_at?: string
          id?: string
          name?: string
          slug?: string
          updated_at?: string
        }
        Relationships: []
      }
      payment_providers: {
        Row: {
          amount_format: string
          created_at: string
          idempotency_header: string | null
          min_amount_fils: number | null
          provider_id: string
          supported_currencies: string[]
          supports_aed: boolean
          supports_refunds: boolean
        }
        Insert: {
          amount_format: string
          created_at?: string
          idempotency_header?: string | null
          min_amount_fils?: number | null
          provider_id: string
          supported_currencies?: string[]
          supports_aed: boolean
          supports_refunds?: boolean
        }
        Update: {
          amount_format?: string
          created_at?: string
          idempotency_header?: string | null
          min_amount_fils?: number | null
          provider_id?: string
          supported_currencies?: string[]
          supports_aed?: boolean
          supports_refunds?: boolean
        }
        Relationships: [
          {
            foreignKeyName: "payment_providers_provider_id_fkey"
            columns: ["provider_id"]
            isOneToOne: true
            referencedRelation: "integration_providers"
            referencedColumns: ["id"]
          },
        ]
      }
      payment_refunds: {
        Row: {
          amount_fils: number
          created_at: string
          failure_reason: string | null
          id: string
          idempotency_key: string
          organization_id: string
          payment_id: string
          provider_refund_id: string | null
          reason: string | null
          requested_by_id: string | null
          requested_by_type: string
          status: string
          updated_at: string
        }
        Insert: {
          amount_fils: number
          created_at?: string
          failure_reason?: string | null
          id?: string
          idempotency_key: string
          organization_id: string
          payment_id: string
          provider_refund_id?: string | null
          reason?: string | null
          requested_by_id?: string | null
          requested_by_type: string
          status?: string
          updated_at?: string
        }
        Update: {
          amount_fils?: number
          created_at?: string
          failure_reason?: string | null
          id?: string
          idempotency_key?: string
          organization_id?: string
          payment_id?: string
          provider_refund_id?: string | null
          reason?: string | null
          requested_by_id?: string | null
          requested_by_type?: string
          status?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "payment_refunds_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payment_refunds_payment_id_fkey"
            columns: ["payment_id"]
            isOneToOne: false
            referencedRelation: "payments"
            referencedColumns: ["id"]
          },
        ]
      }
      payment_status_history: {
        Row: {
          created_at: string
          detail: string | null
          from_status: Database["public"]["Enums"]["payment_status"] | null
          id: number
          organization_id: string
          payment_id: string
          source: string
          to_status: Database["public"]["Enums"]["payment_status"]
        }
        Insert: {
          created_at?: string
          detail?: string | null
          from_status?: Database["public"]["Enums"]["payment_status"] | null
          id?: never
          organization_id: string
          payment_id: string
          source: string
          to_status: Database["public"]["Enums"]["payment_status"]
        }
        Update: {
          created_at?: string
          detail?: string | null
          from_status?: Database["public"]["Enums"]["payment_status"] | null
          id?: never
          organization_id?: string
          payment_id?: string
          source?: string
          to_status?: Database["public"]["Enums"]["payment_status"]
        }
        Relationships: [
          {
            foreignKeyName: "payment_status_history_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payment_status_history_payment_id_fkey"
            columns: ["payment_id"]
            isOneToOne: false
            referencedRelation: "payments"
            referencedColumns: ["id"]
          },
        ]
      }
      payments: {
        Row: {
          amount_fils: number
          approval_url: string | null
          charged_amount_minor: number | null
          charged_currency: string | null
          connection_id: string | null
          conversion_rate: number | null
          created_at: string
          currency: string
          customer: NonNullable<Json>
          description: string | null
          failure_reason: string | null
          id: string
          idempotency_key: string
          order_reference: string
          organization_id: string
          provider_call_until: string | null
          provider_payment_id: string | null
          provider_reference: string | null
          refunded_fils: number
          requested_by_id: string | null
          requested_by_type: string
          status: Database["public"]["Enums"]["payment_status"]
          updated_at: string
        }
        Insert: {
          amount_fils: number
          approval_url?: string | null
          charged_amount_minor?: number | null
          charged_currency?: string | null
          connection_id?: string | null
          conversion_rate?: number | null
          created_at?: string
          currency: string
          customer?: NonNullable<Json>
          description?: string | null
          failure_reason?: string | null
          id?: string
          idempotency_key: string
          order_reference: string
          organization_id: string
          provider_call_until?: string | null
          provider_payment_id?: string | null
          provider_reference?: string | null
          refunded_fils?: number
          requested_by_id?: string | null
          requested_by_type: string
          status?: Database["public"]["Enums"]["payment_status"]
          updated_at?: string
        }
        Update: {
          amount_fils?: number
          approval_url?: string | null
          charged_amount_minor?: number | null
          charged_currency?: string | null
          connection_id?: string | null
          conversion_rate?: number | null
          created_at?: string
          currency?: string
          customer?: NonNullable<Json>
          description?: string | null
          failure_reason?: string | null
          id?: string
          idempotency_key?: string
          order_reference?: string
          organization_id?: string
          provider_call_until?: string | null
          provider_payment_id?: string | null
          provider_reference?: string | null
          refunded_fils?: number
          requested_by_id?: string | null
          requested_by_type?: string
          status?: Database["public"]["Enums"]["payment_status"]
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "payments_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payments_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      rate_limits: {
        Row: {
          connection_id: string
          created_at: string
          id: string
          max_requests: number
          organization_id: string
          updated_at: string
          used: number
          window_started_at: string | null
          window_unit: Database["public"]["Enums"]["rate_window"]
        }
        Insert: {
          connection_id: string
          created_at?: string
          id?: string
          max_requests: number
          organization_id: string
          updated_at?: string
          used?: number
          window_started_at?: string | null
          window_unit: Database["public"]["Enums"]["rate_window"]
        }
        Update: {
          connection_id?: string
          created_at?: string
          id?: string
          max_requests?: number
          organization_id?: string
          updated_at?: string
          used?: number
          window_started_at?: string | null
          window_unit?: Database["public"]["Enums"]["rate_window"]
        }
        Relationships: [
          {
            foreignKeyName: "rate_limits_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "rate_limits_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      shipments: {
        Row: {
          connection_id: string
          created_at: string
          id: string
          last_event_at: string | null
          last_event_description: string | null
          order_reference: string | null
          organization_id: string
          status: Database["public"]["Enums"]["shipment_status"]
          tracking_number: string
          updated_at: string
        }
        Insert: {
          connection_id: string
          created_at?: string
          id?: string
          last_event_at?: string | null
          last_event_description?: string | null
          order_reference?: string | null
          organization_id: string
          status?: Database["public"]["Enums"]["shipment_status"]
          tracking_number: string
          updated_at?: string
        }
        Update: {
          connection_id?: string
          created_at?: string
          id?: string
          last_event_at?: string | null
          last_event_description?: string | null
          order_reference?: string | null
          organization_id?: string
          status?: Database["public"]["Enums"]["shipment_status"]
          tracking_number?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "shipments_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "shipments_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      shipping_providers: {
        Row: {
          created_at: string
          has_webhooks: boolean
          provider_id: string
          services: string[]
          tracking_mode: string
          tracking_url_template: string | null
        }
        Insert: {
          created_at?: string
          has_webhooks: boolean
          provider_id: string
          services?: string[]
          tracking_mode: string
          tracking_url_template?: string | null
        }
        Update: {
          created_at?: string
          has_webhooks?: boolean
          provider_id?: string
          services?: string[]
          tracking_mode?: string
          tracking_url_template?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "shipping_providers_provider_id_fkey"
            columns: ["provider_id"]
            isOneToOne: true
            referencedRelation: "integration_providers"
            referencedColumns: ["id"]
          },
        ]
      }
      social_media_accounts: {
        Row: {
          avatar_url: string | null
          connection_id: string
          created_at: string
          display_name: string | null
          external_account_id: string
          id: string
          organization_id: string
          platform: string
          profile_url: string | null
          scopes: string[]
          token_expires_at: string | null
          updated_at: string
          username: string | null
        }
        Insert: {
          avatar_url?: string | null
          connection_id: string
          created_at?: string
          display_name?: string | null
          external_account_id: string
          id?: string
          organization_id: string
          platform: string
          profile_url?: string | null
          scopes?: string[]
          token_expires_at?: string | null
          updated_at?: string
          username?: string | null
        }
        Update: {
          avatar_url?: string | null
          connection_id?: string
          created_at?: string
          display_name?: string | null
          external_account_id?: string
          id?: string
          organization_id?: string
          platform?: string
          profile_url?: string | null
          scopes?: string[]
          token_expires_at?: string | null
          updated_at?: string
          username?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "social_media_accounts_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "social_media_accounts_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      webhook_endpoints: {
        Row: {
          connection_id: string
          created_at: string
          created_by: string | null
          description: string | null
          event_types: string[]
          id: string
          is_active: boolean
          organization_id: string
          public_url: string | null
          rejected_count: number
          token_hash: string | null
          updated_at: string
        }
        Insert: {
          connection_id: string
          created_at?: string
          created_by?: string | null
          description?: string | null
          event_types?: string[]
          id?: string
          is_active?: boolean
          organization_id: string
          public_url?: string | null
          rejected_count?: number
          token_hash?: string | null
          updated_at?: string
        }
        Update: {
          connection_id?: string
          created_at?: string
          created_by?: string | null
          description?: string | null
          event_types?: string[]
          id?: string
          is_active?: boolean
          organization_id?: string
          public_url?: string | null
          rejected_count?: number
          token_hash?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "webhook_endpoints_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "webhook_endpoints_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      webhook_events: {
        Row: {
          attempts: number
          connection_id: string
          endpoint_id: string
          event_type: string | null
          headers: Json | null
          id: string
          last_error: string | null
          next_attempt_at: string
          organization_id: string
          payload: Json | null
          processed_at: string | null
          processing_note: string | null
          provider_event_id: string
          received_at: string
          status: Database["public"]["Enums"]["webhook_event_status"]
        }
        Insert: {
          attempts?: number
          connection_id: string
          endpoint_id: string
          event_type?: string | null
          headers?: Json | null
          id?: string
          last_error?: string | null
          next_attempt_at?: string
          organization_id: string
          payload?: Json | null
          processed_at?: string | null
          processing_note?: string | null
          provider_event_id: string
          received_at?: string
          status?: Database["public"]["Enums"]["webhook_event_status"]
        }
        Update: {
          attempts?: number
          connection_id?: string
          endpoint_id?: string
          event_type?: string | null
          headers?: Json | null
          id?: string
          last_error?: string | null
          next_attempt_at?: string
          organization_id?: string
          payload?: Json | null
          processed_at?: string | null
          processing_note?: string | null
          provider_event_id?: string
          received_at?: string
          status?: Database["public"]["Enums"]["webhook_event_status"]
        }
        Relationships: [
          {
            foreignKeyName: "webhook_events_connection_id_fkey"
            columns: ["connection_id"]
            isOneToOne: false
            referencedRelation: "integration_connections"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "webhook_events_endpoint_id_fkey"
            columns: ["endpoint_id"]
            isOneToOne: false
            referencedRelation: "webhook_endpoints"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "webhook_events_organization_id_fkey"
            columns: ["organization_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      admit_calls: {
        Args: { p_calls: Json; p_connection_id: string }
        Returns: Json
      }
      check_rate_limit: {
        Args: { p_connection_id: string; p_cost?: number }
        Returns: Json
      }
      claim_notification_emails: {
        Args: { p_limit?: number; p_organization_id?: string }
        Returns: {
          attempts: number
          body: string
          connection_name: string
          created_at: string
          from_email: string
          id: number
          organization_id: string
          recipients: string[]
          sendgrid_connection_id: string
          sendgrid_status: string
          severity: string
          title: string
        }[]
      }
      claim_webhook_events: {
        Args: { p_limit?: number; p_organization_id?: string }
        Returns: {
          attempts: number
          connection_id: string
          endpoint_id: string
          event_type: string | null
          headers: Json | null
          id: string
          last_error: string | null
          next_attempt_at: string
          organization_id: string
          payload: Json | null
          processed_at: string | null
          processing_note: string | null
          provider_event_id: string
          received_at: string
          status: Database["public"]["Enums"]["webhook_event_status"]
        }[]
        SetofOptions: {
          from: "*"
          to: "webhook_events"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      complete_webhook_event: {
        Args: {
          p_error?: string
          p_event_id: string
          p_next_attempt_at?: string
          p_ok: boolean
        }
        Returns: Database["public"]["Enums"]["webhook_event_status"]
      }
      count_rejected_webhook: {
        Args: { p_endpoint_id: string }
        Returns: undefined
      }
      create_api_key: {
        Args: {
          p_all_connections?: boolean
          p_connection_ids?: string[]
          p_name: string
          p_organization_id: string
          p_rate_limit_per_minute?: number
        }
        Returns: Json
      }
      decrypt_credential: {
        Args: { ciphertext: string; encryption_key: string }
        Returns: string
      }
      drop_expired_log_partitions: {
        Args: { retention?: string }
        Returns: number
      }
      due_health_checks: {
        Args: { p_limit?: number }
        Returns: {
          connection_id: string
          organization_id: string
          provider_slug: string
        }[]
      }
      encrypt_credential: {
        Args: { encryption_key: string; plaintext: string }
        Returns: string
      }
      ensure_default_rate_limits: {
        Args: { p_connection_id: string }
        Returns: number
      }
      ensure_log_partitions: {
        Args: { months_ahead?: number }
        Returns: number
      }
      finish_notification_email: {
        Args: {
          p_error?: string
          p_id: number
          p_retry?: boolean
          p_sent: boolean
        }
        Returns: undefined
      }
      get_connection_secrets: {
        Args: {
          p_actor_id?: string
          p_actor_type: string
          p_connection_id: string
          p_ip?: unknown
          p_keys: Json
          p_purpose?: string
        }
        Returns: Json
      }
      ingest_webhook_event: {
        Args: {
          p_endpoint_id: string
          p_event_type: string
          p_headers: Json
          p_payload: Json
          p_provider_event_id: string
        }
        Returns: {
          duplicate: boolean
          event_id: string
        }[]
      }
      ingest_webhook_events: {
        Args: {
          p_endpoint_ids: string[]
          p_event_types: string[]
          p_headers: Json[]
          p_payloads: Json[]
          p_provider_event_ids: string[]
        }
        Returns: {
          duplicate: boolean
          event_id: string
          ord: number
        }[]
      }
      list_credential_hints: {
        Args: { p_connection_id: string }
        Returns: {
          field: string
          hint: string
          key_id: string
          updated_at: string
          updated_by: string
        }[]
      }
      log_api_call: {
        Args: {
          p_caller_id?: string
          p_caller_type?: string
          p_connection_id: string
          p_duration_ms?: number
          p_error_code?: string
          p_error_message?: string
          p_ip?: unknown
          p_log_type: string
          p_method?: string
          p_organization_id: string
          p_path?: string
          p_request_body?: string
          p_request_bytes?: number
          p_request_headers?: Json
          p_response_body?: string
          p_response_bytes?: number
          p_response_headers?: Json
          p_status_code?: number
        }
        Returns: number
      }
      log_api_calls: { Args: { p_entries: Json }; Returns: number }
      mark_notifications_read: { Args: { p_ids: string[] }; Returns: number }
      prune_health_history: {
        Args: { p_batch?: number; p_keep?: string }
        Returns: number
      }
      record_health_check: {
        Args: {
          p_connection_id: string
          p_error_class: string
          p_http_status: number
          p_latency_ms: number
          p_message: string
          p_status: Database["public"]["Enums"]["health_status"]
        }
        Returns: Database["public"]["Enums"]["health_status"]
      }
      release_permits: {
        Args: {
          p_connection_id: string
          p_count: number
          p_key_id?: string
          p_key_window_started_at?: string
          p_windows: Json
        }
        Returns: undefined
      }
      replay_webhook_events: {
        Args: { p_endpoint_id: string; p_event_id?: string }
        Returns: number
      }
      revoke_api_key: { Args: { p_id: string }; Returns: boolean }
      rotate_credentials_key: {
        Args: {
          p_batch?: number
          p_new_key: string
          p_new_key_id: string
          p_old_key: string
          p_old_key_id: string
        }
        Returns: number
      }
      set_credential: {
        Args: {
          p_connection_id: string
          p_encryption_key: string
          p_field: string
          p_key_id: string
          p_value: string
        }
        Returns: string
      }
      verify_api_key: {
        Args: { p_key_hash: string }
        Returns: {
          all_connections: boolean
          connection_ids: string[]
          key_id: string
          organization_id: string
          rate_limit_per_minute: number
        }[]
      }
      webhook_endpoint_stats: {
        Args: { p_endpoint_id: string }
        Returns: {
          dead: number
          failed: number
          last_received_at: string
          pending: number
          processed: number
          received: number
          rejected: number
        }[]
      }
    }
    Enums: {
      connection_environment: "sandbox" | "production"
      connection_status: "pending" | "active" | "error" | "disabled"
      health_status: "healthy" | "degraded" | "down" | "unknown"
      org_role: "viewer" | "admin" | "super_admin"
      payment_status:
        | "created"
        | "requires_action"
        | "processing"
        | "succeeded"
        | "failed"
        | "canceled"
        | "partially_refunded"
        | "refunded"
      provider_auth_scheme:
        | "bearer"
        | "basic"
        | "api_key_header"
        | "oauth2_client_credentials"
        | "oauth2_authorization_code"
        | "body_fields"
        | "client_info_body"
      provider_category: "payment" | "shipping" | "social" | "messaging"
      rate_window: "second" | "minute" | "hour" | "day" | "month"
      shipment_status:
        | "label_created"
        | "in_transit"
        | "out_for_delivery"
        | "delivered"
        | "exception"
      webhook_event_status:
        | "received"
        | "processing"
        | "processed"
        | "failed"
        | "dead"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      connection_environment: ["sandbox", "production"],
      connection_status: ["pending", "active", "error", "disabled"],
      health_status: ["healthy", "degraded", "down", "unknown"],
      org_role: ["viewer", "admin", "super_admin"],
      payment_status: [
        "created",
        "requires_action",
        "processing",
        "succeeded",
        "failed",
        "canceled",
        "partially_refunded",
        "refunded",
      ],
      provider_auth_scheme: [
        "bearer",
        "basic",
        "api_key_header",
        "oauth2_client_credentials",
        "oauth2_authorization_code",
        "body_fields",
        "client_info_body",
      ],
      provider_category: ["payment", "shipping", "social", "messaging"],
      rate_window: ["second", "minute", "hour", "day", "month"],
      shipment_status: [
        "label_created",
        "in_transit",
        "out_for_delivery",
        "delivered",
        "exception",
      ],
      webhook_event_status: [
        "received",
        "processing",
        "processed",
        "failed",
        "dead",
      ],
    },
  },
} as const


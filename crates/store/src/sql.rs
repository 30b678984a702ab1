//! Small helpers for the hand-written SQL of the carrier tables (accounts, profiles,
//! cursors, purchases, the outbox): run a statement, read rows, read typed columns.

use crate::{StoreError, Wallet};
use sea_orm::{ConnectionTrait, QueryResult, Statement, Value};

impl Wallet {
    /// Runs a statement on `conn` (the pool or a transaction); returns rows changed.
    pub(crate) async fn exec_on<C: ConnectionTrait>(
        &self,
        conn: &C,
        sql: &str,
        values: Vec<Value>,
    ) -> Result<u64, StoreError> {
        conn.execute_raw(Statement::from_sql_and_values(
            conn.get_database_backend(),
            sql,
            values,
        ))
        .await
        .map(|r| r.rows_affected())
        .map_err(|e| self.err(e))
    }

    /// Reads every row a query gives on `conn`.
    pub(crate) async fn rows_on<C: ConnectionTrait>(
        &self,
        conn: &C,
        sql: &str,
        values: Vec<Value>,
    ) -> Result<Vec<QueryResult>, StoreError> {
        conn.query_all_raw(Statement::from_sql_and_values(
            conn.get_database_backend(),
            sql,
            values,
        ))
        .await
        .map_err(|e| self.err(e))
    }

    /// A column that must be there, or a `corrupt` error naming the table.
    pub(crate) fn column<T: sea_orm::TryGetable>(
        &self,
        row: &QueryResult,
        index: usize,
        table: &str,
    ) -> Result<T, StoreError> {
        row.try_get_by_index::<T>(index)
            .map_err(|e| StoreError::Corrupt {
                path: self.path.clone(),
                detail: format!("a row of {table} cannot be read: {e:?}"),
            })
    }
}

/// `?, ?, ?` for `n` values.
pub(crate) fn marks(n: usize) -> String {
    vec!["?"; n].join(", ")
}
